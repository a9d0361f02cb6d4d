import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';

/**
 * Files that hold secrets or personal data (the database, backups, exports, keys, the initial password) are
 * the owner's only: folders 0700, files 0600, whatever the umask. The mode is set again after creation
 * because `mkdir`/`open` apply the umask and leave an existing path as it was.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** New files and folders of this process are owner-only unless the code asks otherwise (server and CLI). */
export function restrictNewFiles(): void {
  process.umask(0o077);
}

export function ensurePrivateDirSync(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(path, PRIVATE_DIR_MODE);
}

export async function ensurePrivateDir(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: PRIVATE_DIR_MODE });
  await chmod(path, PRIVATE_DIR_MODE);
}

export function writePrivateFileSync(path: string, data: string | Buffer): void {
  writeFileSync(path, data, { mode: PRIVATE_FILE_MODE });
  chmodSync(path, PRIVATE_FILE_MODE);
}

export async function writePrivateFile(path: string, data: string | Buffer): Promise<void> {
  await writeFile(path, data, { mode: PRIVATE_FILE_MODE });
  await chmod(path, PRIVATE_FILE_MODE);
}
