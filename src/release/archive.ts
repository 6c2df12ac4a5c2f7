/**
 * Deterministic archives of a staged folder: the same files give the same bytes on any
 * machine. Entries sorted byte-wise, fixed modes (0644 files, 0755 folders, so the packer's
 * umask does not show), one fixed mtime on every entry, no owner names; zip times are local
 * (DOS) times, so the caller pins TZ=UTC before anything reads the clock zone.
 */
import { chmodSync, createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import yazl from 'yazl';

/** SOURCE_DATE_EPOCH when set (reproducible-builds.org), else 2020-01-01 UTC. */
export function archiveTime(sourceDateEpoch: string | undefined): Date {
  const epoch = Number(sourceDateEpoch);
  return sourceDateEpoch && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date('2020-01-01T00:00:00Z');
}

/** Sets the fixed modes under stageRoot/folder and lists its entries (folder first), sorted. */
export function archiveEntries(stageRoot: string, folder: string): string[] {
  const walk = (dir: string, rel: string): string[] => {
    chmodSync(dir, 0o755);
    return [
      rel,
      ...readdirSync(dir).flatMap((name) => {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) return walk(full, `${rel}/${name}`);
        chmodSync(full, 0o644);
        return [`${rel}/${name}`];
      }),
    ];
  };
  return walk(join(stageRoot, folder), folder).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** tar.gz: portable headers (no uid/gid/user names/atime), `mtime` on every entry. */
export async function writeTarGz(stageRoot: string, paths: string[], mtime: Date, file: string): Promise<void> {
  await tar.create(
    {
      cwd: stageRoot,
      file,
      gzip: { level: 9 },
      portable: true,
      noDirRecurse: true,
      mtime,
      onWriteEntry: (entry) => {
        entry.noMtime = false; // portable mode drops folders' mtime; keep ours on every entry
        entry.mtime = mtime;
      },
    },
    paths,
  );
}

/** zip with the same entries in the same order. */
export async function writeZip(stageRoot: string, paths: string[], mtime: Date, file: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const path of paths) {
    const full = join(stageRoot, path);
    if (statSync(full).isDirectory()) zip.addEmptyDirectory(path, { mtime, mode: 0o40755 });
    else zip.addBuffer(readFileSync(full), path, { mtime, mode: 0o100644, compress: true });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file));
}

/** "1,2 MB", Vietnamese decimal comma. */
export function formatSize(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
