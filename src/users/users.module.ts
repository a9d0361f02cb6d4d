import { Module } from '@nestjs/common';
import { BootstrapOrganiserService } from './bootstrap-organiser.service';
import { PasswordHasher } from './password-hasher';
import { UsersService } from './users.service';

@Module({
  providers: [UsersService, PasswordHasher, BootstrapOrganiserService],
  exports: [UsersService, PasswordHasher],
})
export class UsersModule {}
