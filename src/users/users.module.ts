import { Module } from '@nestjs/common';
import { AccountLinksModule } from './account-links';
import { InstitutionsModule } from '../institutions/institutions.module';
import { BootstrapOrganiserService } from './bootstrap-organiser.service';
import { PasswordHasher } from './password-hasher';
import { UserAdminService } from './user-admin.service';
import { UsersController } from './users.controller';
import { InitialPasswordFile } from './initial-password-file';
import { UsersService } from './users.service';

@Module({
  imports: [InstitutionsModule, AccountLinksModule],
  controllers: [UsersController],
  providers: [UsersService, PasswordHasher, BootstrapOrganiserService, UserAdminService, InitialPasswordFile],
  exports: [UsersService, PasswordHasher, UserAdminService, InitialPasswordFile],
})
export class UsersModule {}
