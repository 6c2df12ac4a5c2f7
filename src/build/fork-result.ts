/**
 * Runs one of the build's helper processes (`node <module> <args>`, in `cwd`) and gives the one
 * message it sends before it ends; rejects, naming `what`, when it ends without it or fails.
 * The build script's helpers (check-process.ts, read-pages.ts) each answer this way.
 */
import { fork } from 'node:child_process';

export function forkResult<T>(module: URL, args: string[], cwd: string, what: string): Promise<T> {
  return new Promise<T>((done, reject) => {
    let result: T | undefined;
    const child = fork(module, args, { cwd, stdio: 'inherit' });
    child.once('message', (m: T) => (result = m));
    child.once('error', reject);
    // 'close', not 'exit': the IPC message may arrive after the process has exited.
    child.once('close', (code) => (result !== undefined && code === 0 ? done(result) : reject(new Error(`${what} dừng (mã ${code}) trước khi xong`))));
  });
}
