import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { Config } from '../config/config';
import { TransactionRunner } from '../database/transaction-runner';
import { Role, UserEntity } from '../database/schema/user.entity';
import { InitialPasswordFile } from './initial-password-file';
import { UsersService } from './users.service';
import { Locks } from '../database/locks';

/**
 * On an empty database, creates the first organiser from ADMIN_EMAIL / ADMIN_PASSWORD, or with a random
 * password written once to an owner-only file. The log names the file, never the password.
 */
@Injectable()
export class BootstrapOrganiserService implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapOrganiserService.name);

  constructor(
    private readonly db: TransactionRunner,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly config: Config,
    private readonly initialPassword: InitialPasswordFile,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const generated = this.config.auth.adminPassword ? null : randomBytes(18).toString('base64url');
    const password = this.config.auth.adminPassword ?? generated!;
    const created = await this.db.transaction(async (m) => {
      await this.db.lock(m, Locks.bootstrapOrganiser);
      if ((await m.count(UserEntity)) > 0) return false;
      const user = await this.users.insert(m, {
        email: this.config.auth.adminEmail,
        name: 'Organizador',
        role: Role.ORGANISER,
        password,
      });
      await this.audit.append(m, null, 'user.create', { type: 'user', id: user.id }, null, user);
      return true;
    });
    if (!created) return;
    if (generated) {
      const file = this.initialPassword.path;
      this.initialPassword.write(this.config.auth.adminEmail, generated);
      this.logger.warn(
        `First organiser ${this.config.auth.adminEmail} created; its password was written to ${file}`,
      );
    } else {
      this.logger.log(
        `First organiser ${this.config.auth.adminEmail} created from ADMIN_EMAIL/ADMIN_PASSWORD`,
      );
    }
  }
}
