import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { AuthGuard } from '@nestjs/passport';
import { DomainException } from '../common/errors/domain-exception';
import { CommonErrors } from '../common/errors/common.errors';
import { UserStatus } from '../database/schema/user.entity';
import { ACCESS_KEY, AccessRule, NO_STORE_KEY } from './access.decorators';
import { AuthUser } from './auth-user';
import { AccessErrors } from './access.errors';
import { Permission, roleCan } from './permissions';

/**
 * Global guard, deny by default: a route must be marked @Public() or @Authenticated(permission).
 * An undeclared route answers 401 to strangers and 403 to everyone signed in.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, targets);
    // Anything answered to a signed-in user (its errors included) and sign-in itself stays out of every cache:
    // set before authenticating, so that the 401 and 403 answers carry it too.
    if (!rule?.public || this.reflector.getAllAndOverride<boolean>(NO_STORE_KEY, targets)) {
      void context.switchToHttp().getResponse<FastifyReply>().header('cache-control', 'no-store');
    }
    if (rule?.public) return true;
    await super.canActivate(context);
    const user = context.switchToHttp().getRequest<{ user: AuthUser }>().user;
    if (!rule) throw new DomainException(AccessErrors.ROUTE_NOT_DECLARED);
    if (user.status === UserStatus.PENDING && rule.permission !== Permission.SELF) {
      throw new DomainException(AccessErrors.ACCOUNT_PENDING);
    }
    if (!roleCan(user.role, rule.permission)) throw new DomainException(CommonErrors.FORBIDDEN);
    return true;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error instanceof DomainException) throw error;
    if (error || !user) throw new DomainException(CommonErrors.UNAUTHENTICATED);
    return user;
  }
}
