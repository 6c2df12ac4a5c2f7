/**
 * Runs one of the build's helper processes (`node <module> <args>`, in `cwd`) and gives the one
 * message it sends before it ends; rejects, naming `what`, when it ends without it or fails.
 * The build script's helpers (check-process.ts, read-pages.ts) each answer this way.
 */
import { fork, type ChildProcess } from 'node:child_process';

export function forkResult<T>(module: URL, args: string[], cwd: string, what: string): Promise<T> {
  return forkHelper<T>(module, args, cwd, what).result;
}

/**
 * The same, with the process, for a helper that waits to be told something (read-pages.ts);
 * `nodeOptions` are given to its Node after this process's own.
 */
export function forkHelper<T>(module: URL, args: string[], cwd: string, what: string, nodeOptions: string[] = []): { child: ChildProcess; result: Promise<T> } {
  const child = fork(module, args, { cwd, stdio: 'inherit', execArgv: [...process.execArgv, ...nodeOptions] });
  const result = new Promise<T>((done, reject) => {
    let answer: T | undefined;
    child.once('message', (m: T) => (answer = m));
    child.once('error', reject);
    // 'close', not 'exit': the IPC message may arrive after the process has exited.
    child.once('close', (code) => (answer !== undefined && code === 0 ? done(answer) : reject(new Error(`${what} dừng (mã ${code}) trước khi xong`))));
  });
  return { child, result };
}
