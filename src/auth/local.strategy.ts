import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { DomainException } from '../common/errors/domain-exception';
import { UsersService } from '../users/users.service';
import { toAuthUser } from '../access/auth-user';
import { AuthUser } from '../access/auth-user';
import { AccessErrors } from '../access/access.errors';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly users: UsersService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  async validate(email: string, password: string): Promise<AuthUser> {
    const user = await this.users.verifyCredentials(email, password);
    if (!user) throw new DomainException(AccessErrors.INVALID_CREDENTIALS);
    return toAuthUser(user);
  }
}
