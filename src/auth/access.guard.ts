import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DomainException } from '../common/errors/domain-exception';
import { CommonErrors } from '../common/errors/common.errors';
import { UserStatus } from '../users/user.entity';
import { ACCESS_KEY, AccessRule } from './access.decorators';
import { AuthUser } from './auth-user';
import { AuthErrors } from './auth.errors';
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
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule?.public) return true;
    await super.canActivate(context);
    const user = context.switchToHttp().getRequest<{ user: AuthUser }>().user;
    if (!rule) throw new DomainException(AuthErrors.ROUTE_NOT_DECLARED);
    if (user.status === UserStatus.PENDING && rule.permission !== Permission.SELF) {
      throw new DomainException(AuthErrors.ACCOUNT_PENDING);
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
