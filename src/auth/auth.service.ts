import { Permission, requireAccess } from '../access/permissions';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuditService } from '../audit/audit.service';
import { TransactionRunner } from '../database/transaction-runner';
import { UserEntity } from '../database/schema/user.entity';
import { UsersService } from '../users/users.service';
import { AuthUser } from '../access/auth-user';
import { TokenPayload } from './jwt.strategy';

@Injectable()
export class AuthService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async issueToken(actor: AuthUser): Promise<{ accessToken: string; expiresIn: number }> {
    const user = await this.db.read((m) => m.findOneByOrFail(UserEntity, { id: actor.id }));
    const payload: TokenPayload = { sub: user.id, tv: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(payload);
    const { exp, iat } = this.jwt.decode<{ exp: number; iat: number }>(accessToken);
    return { accessToken, expiresIn: exp - iat };
  }

  /** Signs the user out everywhere: every token issued so far stops working. */
  async logout(actor: AuthUser): Promise<void> {
    requireAccess(actor, Permission.SELF);
    await this.db.transaction(async (m) => {
      await this.users.revokeTokens(m, actor.id);
      await this.audit.append(m, actor, 'auth.logout', { type: 'user', id: actor.id }, null, null);
    });
  }
}
