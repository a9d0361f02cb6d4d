import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DomainException } from '../common/errors/domain-exception';
import { Config } from '../config/config';
import { UsersService } from '../users/users.service';
import { toAuthUser } from '../access/auth-user';
import { pageSessionToken } from './session';
import { AuthUser } from '../access/auth-user';
import { AccessErrors } from '../access/access.errors';
import { jwtKey } from './jwt-key';

export interface TokenPayload {
  sub: string;
  /** The user's token version when the token was issued; see UserEntity.tokenVersion. */
  tv: number;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    private readonly users: UsersService,
    config: Config,
  ) {
    super({
      // The bearer header everywhere; the session cookie only on page routes (src/auth/session.ts).
      jwtFromRequest: ExtractJwt.fromExtractors([ExtractJwt.fromAuthHeaderAsBearerToken(), pageSessionToken]),
      secretOrKey: jwtKey(config.auth.jwtSecret),
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: TokenPayload): Promise<AuthUser> {
    const user =
      typeof payload.sub === 'string' && Number.isInteger(payload.tv)
        ? await this.users.findForToken(payload.sub, payload.tv)
        : null;
    if (!user) throw new DomainException(AccessErrors.TOKEN_INVALID);
    return toAuthUser(user);
  }
}
