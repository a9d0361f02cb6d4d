import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AccountLinksModule } from '../users/account-links';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';

/** Accounts by e-mail: invitations and password resets through single-use links (docs/security.md). */
@Module({
  imports: [UsersModule, AccountLinksModule],
  controllers: [AccountsController],
  providers: [AccountsService],
  exports: [AccountsService],
})
export class AccountsModule {}
