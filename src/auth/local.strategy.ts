import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { DomainException } from '../common/errors/domain-exception';
import { toAuthUser, UsersService } from '../users/users.service';
import { AuthUser } from './auth-user';
import { AuthErrors } from './auth.errors';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly users: UsersService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  async validate(email: string, password: string): Promise<AuthUser> {
    const user = await this.users.verifyCredentials(email, password);
    if (!user) throw new DomainException(AuthErrors.INVALID_CREDENTIALS);
    return toAuthUser(user);
  }
}
