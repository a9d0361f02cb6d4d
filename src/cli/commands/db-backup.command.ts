import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { chmod, copyFile, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../../common/files/private-files';
import { dirname, join, resolve } from 'node:path';
import { CliCommand, CliContext, EXIT, parseCommandArgs, UsageError } from '../command';

/**
 * Online backup of the SQLite database (better-sqlite3's `backup()`, i.e. SQLite's backup API) and a copy of
 * UPLOADS_DIR next to it: `<file>` and `<file>.uploads/`. Consistent while the server is serving (it reads one
 * WAL snapshot and never blocks writers). PostgreSQL defers to pg_dump (docs/operations.md).
 * The helpers below are shared with db:restore.
 */

/** The directory holding the copy of UPLOADS_DIR that belongs to a backup file. */
export const uploadsCopyOf = (backupFile: string) => `${backupFile}.uploads`;

/** DATABASE_URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/**
 * Whether another process has the SQLite database open (a running server holds a shared lock on the file
 * for as long as its WAL connection is open). Taking SQLite's exclusive lock without waiting fails then.
 * File locks are per process: this cannot see a connection of the calling process itself.
 */
export function sqliteInUse(path: string): boolean {
  if (!existsSync(path)) return false;
  const db = new Database(path, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
    throw error;
  } finally {
    db.close();
  }
}

/** What a backup file holds, checked by SQLite itself; throws when it is not a sound Reconocimientos database. */
export interface BackupSummary {
  readonly auditHeadSeq: number;
  readonly attachmentFiles: string[];
  readonly bytes: number;
}

export async function inspectBackup(path: string): Promise<BackupSummary> {
  const db = new Database(path, { fileMustExist: true, readonly: true });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`${path} fails SQLite's integrity check: ${String(check)}`);
    const table = (name: string) =>
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
    if (!table('migrations') || !table('audit_entries')) {
      throw new Error(`${path} is not a Reconocimientos database (no migrations or audit_entries table)`);
    }
    const head = db.prepare('SELECT MAX(seq) AS seq FROM audit_entries').get() as { seq: number | null };
    const files = table('attachments')
      ? (
          db.prepare('SELECT storageName FROM attachments WHERE storageName IS NOT NULL').all() as {
            storageName: string;
          }[]
        ).map((r) => r.storageName)
      : [];
    return { auditHeadSeq: head.seq ?? 0, attachmentFiles: files, bytes: (await stat(path)).size };
  } finally {
    db.close();
  }
}

/** Flushes a file (and its directory entry) to the disk, so a finished backup survives a power loss. */
export async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Copies the regular files of `from` into `to` (created), recursively, skipping `.incoming` (uploads in
 * flight, never referenced by a row). Returns how many files were copied. A missing `from` copies nothing.
 */
export async function copyUploads(from: string, to: string): Promise<number> {
  await ensurePrivateDir(to);
  if (!existsSync(from)) return 0;
  let copied = 0;
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.name === '.incoming') continue;
    const source = join(from, entry.name);
    if (entry.isDirectory()) copied += await copyUploads(source, join(to, entry.name));
    else if (entry.isFile()) {
      // A file removed meanwhile (a draft's attachment deleted) is simply not part of the copy.
      const ok = await copyFile(source, join(to, entry.name)).then(
        () => chmod(join(to, entry.name), PRIVATE_FILE_MODE).then(() => true),
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false;
          throw error;
        },
      );
      if (ok) copied++;
    }
  }
  return copied;
}

/** The attachment files a database refers to that `dir` does not hold. */
export function missingFiles(dir: string, names: readonly string[]): string[] {
  return names.filter((name) => !existsSync(join(dir, name)));
}

export function explainPostgres(ctx: CliContext, url: string, verb: 'backup' | 'restore'): number {
  const shown = redactUrl(url);
  const uploads = ctx.config().app.uploadsDir;
  const text =
    verb === 'backup'
      ? [
          `db:backup works on SQLite only. On PostgreSQL use pg_dump, which takes a consistent snapshot while`,
          `the servers keep serving:`,
          ``,
          `  pg_dump --format=custom --file=reconocimientos.dump "${shown}"`,
          ``,
          `and copy UPLOADS_DIR (${uploads}) after the dump, e.g. rsync -a --exclude .incoming ${uploads}/ <dest>/.`,
          `See docs/operations.md ("Backups").`,
        ]
      : [
          `db:restore works on SQLite only. On PostgreSQL stop every instance, then restore the dump into an`,
          `empty database with pg_restore:`,
          ``,
          `  createdb reconocimientos_restored`,
          `  pg_restore --no-owner --dbname=<postgres://…/reconocimientos_restored> reconocimientos.dump`,
          ``,
          `copy the uploads back into UPLOADS_DIR (${uploads}), point DATABASE_URL at the restored database`,
          `and start the servers (pending migrations run at start). See docs/operations.md ("Backups").`,
        ];
  ctx.stderr.write(`${text.join('\n')}\n`);
  return EXIT.FAILED;
}

export const dbBackupCommand: CliCommand = {
  name: 'db:backup',
  description:
    'Back up the SQLite database (online, while the server runs) and UPLOADS_DIR to <file>, <file>.uploads/',
  usage: 'db:backup <file> [--force] [--no-uploads]',
  async run(ctx, args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { force: { type: 'boolean', default: false }, 'no-uploads': { type: 'boolean', default: false } },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('give the backup file');
    const settings = ctx.config().database;
    if (settings.dialect === 'postgres') return explainPostgres(ctx, settings.url, 'backup');
    if (settings.path === ':memory:')
      throw new UsageError('an in-memory database (sqlite::memory:) has nothing to back up');
    if (!existsSync(settings.path)) {
      ctx.stderr.write(`db:backup: there is no database at ${settings.path} (DATABASE_URL)\n`);
      return EXIT.FAILED;
    }
    const target = resolve(positionals[0]);
    if (target === settings.path) throw new UsageError('the backup file cannot be the database itself');
    const uploadsTarget = uploadsCopyOf(target);
    if (!values.force && (existsSync(target) || existsSync(uploadsTarget))) {
      ctx.stderr.write(`db:backup: ${target} already exists; give --force to replace it\n`);
      return EXIT.FAILED;
    }
    await ensurePrivateDir(dirname(target));

    // 1. The database, through SQLite's backup API, into a temporary file renamed into place when sound.
    const partial = `${target}.partial-${process.pid}`;
    await rm(partial, { force: true });
    const source = new Database(settings.path, { fileMustExist: true, timeout: 10_000 });
    const progress = ctx.progress('db:backup: pages copied');
    try {
      const done = await source.backup(partial, {
        // One step copies every page while holding one read snapshot: a writer in another process never
        // forces a restart of the copy, and in WAL mode the server's writers are not blocked meanwhile.
        progress: ({ totalPages, remainingPages }) => {
          progress.update(totalPages - remainingPages, totalPages);
          return 0x7fffffff;
        },
      });
      progress.update(done.totalPages, done.totalPages);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    } finally {
      progress.end();
      source.close();
    }
    // A self-contained file: rollback journal rather than WAL (the server turns WAL back on at start).
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    let summary: BackupSummary;
    try {
      summary = await inspectBackup(partial);
      await fsyncPath(partial);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    // Owner-only: the copy holds password hashes and people's contacts.
    await chmod(partial, PRIVATE_FILE_MODE);
    await rename(partial, target);
    await fsyncPath(dirname(target));

    // 2. The attachments: after the database, so every file its rows refer to is already in place.
    let filesLine = 'uploads not copied (--no-uploads)';
    let missing: string[] = [];
    if (!values['no-uploads']) {
      const uploads = ctx.config().app.uploadsDir;
      const partialUploads = `${uploadsTarget}.partial-${process.pid}`;
      await rm(partialUploads, { recursive: true, force: true });
      const copied = await copyUploads(uploads, partialUploads);
      await rm(uploadsTarget, { recursive: true, force: true });
      await rename(partialUploads, uploadsTarget);
      missing = missingFiles(uploadsTarget, summary.attachmentFiles);
      filesLine = `${copied} files from ${uploads} copied to ${uploadsTarget}/`;
    }
    ctx.stdout.write(
      `Backed up ${settings.path} to ${target} (${summary.bytes} bytes, audit trail up to seq ${summary.auditHeadSeq}); ` +
        `${filesLine}\n`,
    );
    if (missing.length > 0) {
      ctx.stderr.write(
        `db:backup: ${missing.length} attachment file(s) the database refers to are missing from UPLOADS_DIR ` +
          `(deleted meanwhile, or lost earlier): ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}\n`,
      );
      return EXIT.FAILED;
    }
    return EXIT.OK;
  },
};
