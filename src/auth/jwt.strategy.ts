import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DomainException } from '../common/errors/domain-exception';
import { authConfig } from '../config/auth.config';
import { toAuthUser, UsersService } from '../users/users.service';
import { AuthUser } from './auth-user';
import { AuthErrors } from './auth.errors';

export interface TokenPayload {
  sub: string;
  /** The user's token version when the token was issued; see UserEntity.tokenVersion. */
  tv: number;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    private readonly users: UsersService,
    @Inject(authConfig.KEY) config: ConfigType<typeof authConfig>,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: TokenPayload): Promise<AuthUser> {
    const user =
      typeof payload.sub === 'string' && Number.isInteger(payload.tv)
        ? await this.users.findForToken(payload.sub, payload.tv)
        : null;
    if (!user) throw new DomainException(AuthErrors.TOKEN_INVALID);
    return toAuthUser(user);
  }
}
