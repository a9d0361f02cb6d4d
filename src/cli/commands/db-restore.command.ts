import { existsSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CliCommand, EXIT, parseCommandArgs, UsageError } from '../command';
import {
  copyUploads,
  explainPostgres,
  fsyncPath,
  inspectBackup,
  missingFiles,
  sqliteInUse,
  uploadsCopyOf,
} from './db-backup.command';

/**
 * Restores a db:backup file as the SQLite database of DATABASE_URL, and `<file>.uploads/` into UPLOADS_DIR.
 * The server must be stopped: a database another process has open is refused unless --force. The database
 * it replaces is kept beside it as `<path>.replaced-<time>`.
 */
export const dbRestoreCommand: CliCommand = {
  name: 'db:restore',
  description: 'Restore a db:backup file as the SQLite database (stop the server first) and its uploads',
  usage: 'db:restore <file> [--force] [--no-uploads]',
  async run(ctx, args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { force: { type: 'boolean', default: false }, 'no-uploads': { type: 'boolean', default: false } },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('give the backup file');
    const settings = ctx.config().database;
    if (settings.dialect === 'postgres') return explainPostgres(ctx, settings.url, 'restore');
    if (settings.path === ':memory:') throw new UsageError('cannot restore into an in-memory database');
    const backup = resolve(positionals[0]);
    if (!existsSync(backup)) {
      ctx.stderr.write(`db:restore: there is no backup at ${backup}\n`);
      return EXIT.FAILED;
    }
    if (backup === settings.path) throw new UsageError('the backup file is the database itself');
    let summary;
    try {
      summary = await inspectBackup(backup);
    } catch (error) {
      ctx.stderr.write(`db:restore: refused: ${(error as Error).message}\n`);
      return EXIT.FAILED;
    }

    const target = settings.path;
    if (existsSync(target)) {
      const inUse = sqliteInUse(target);
      if (!values.force) {
        ctx.stderr.write(
          inUse
            ? `db:restore: refused: ${target} is in use (a server or another command has it open). Stop the ` +
                `server first; --force replaces it anyway, and the running server must then be restarted at once.\n`
            : `db:restore: ${target} exists; give --force to replace it (it is kept as ${target}.replaced-<time>)\n`,
        );
        return EXIT.FAILED;
      }
      if (inUse) {
        ctx.stderr.write(
          `db:restore: WARNING: replacing ${target} while it is in use: restart the server now.\n`,
        );
      }
    }

    // Copy to a temporary file beside the target, flush it, then swap it in by renames.
    await mkdir(dirname(target), { recursive: true });
    const incoming = `${target}.restoring-${process.pid}`;
    await copyFile(backup, incoming);
    await fsyncPath(incoming);
    let keptAs: string | null = null;
    if (existsSync(target)) {
      keptAs = `${target}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(target, keptAs);
      // The WAL belongs to the database it was written for: it goes with it, never onto the restored file.
      if (existsSync(`${target}-wal`)) await rename(`${target}-wal`, `${keptAs}-wal`);
    }
    await rm(`${target}-wal`, { force: true });
    await rm(`${target}-shm`, { force: true });
    await rename(incoming, target);
    await fsyncPath(dirname(target));

    let filesLine = 'uploads not restored (--no-uploads)';
    let missing: string[] = [];
    if (!values['no-uploads']) {
      const uploads = ctx.config().app.uploadsDir;
      const from = uploadsCopyOf(backup);
      if (existsSync(from)) {
        const copied = await copyUploads(from, uploads);
        filesLine = `${copied} files copied from ${from}/ into ${uploads}`;
      } else {
        filesLine = `no ${from}/ beside the backup: attachments not restored`;
      }
      missing = missingFiles(uploads, summary.attachmentFiles);
    }
    ctx.stdout.write(
      `Restored ${target} from ${backup} (audit trail up to seq ${summary.auditHeadSeq})` +
        `${keptAs ? `; the previous database is kept as ${keptAs}` : ''}; ${filesLine}.\n` +
        `Start the server (migrations newer than the backup run at start) and check it with ` +
        `"npm run cli -- audit:verify".\n`,
    );
    if (missing.length > 0) {
      ctx.stderr.write(
        `db:restore: ${missing.length} attachment file(s) the restored database refers to are not in UPLOADS_DIR: ` +
          `${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}\n`,
      );
      return EXIT.FAILED;
    }
    return EXIT.OK;
  },
};
