import { Injectable, Logger } from '@nestjs/common';
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensurePrivateDirSync, writePrivateFileSync } from '../common/files/private-files';
import { Config } from '../config/config';

/**
 * The file holding the first organiser's generated password (ADMIN_PASSWORD_FILE): written once, owner-only,
 * and deleted as soon as that account's password is changed by any path (its own change, an organiser, a reset
 * link), since from then on it holds a stale secret that only helps whoever reads it.
 */
@Injectable()
export class InitialPasswordFile {
  private readonly logger = new Logger(InitialPasswordFile.name);

  constructor(private readonly config: Config) {}

  get path(): string {
    return this.config.auth.adminPasswordFile;
  }

  write(email: string, password: string): void {
    ensurePrivateDirSync(dirname(this.path));
    writePrivateFileSync(this.path, `${email}\n${password}\n`);
  }

  /** Deletes the file when it holds the password of `email`; anything else is left alone. */
  forget(email: string): void {
    let holder: string;
    try {
      holder = readFileSync(this.path, 'utf8').split('\n', 1)[0].trim();
    } catch {
      return; // no file (never generated, or already deleted)
    }
    if (holder.toLowerCase() !== email.toLowerCase()) return;
    rmSync(this.path, { force: true });
    this.logger.log(`The initial password file ${this.path} was deleted: that password was changed`);
  }
}
