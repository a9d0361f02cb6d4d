import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { AuthUser } from './auth-user';
import { Permission } from './permissions';

export const ACCESS_KEY = 'access';
export const NO_STORE_KEY = 'access:noStore';

export type AccessRule = { public: true } | { public: false; permission: Permission };

/** Open to anyone, signed in or not. Every other route must say which permission it needs. */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies AccessRule);

/**
 * A public route whose answer must not be kept by any cache (sign-in and registration hand out credentials or
 * personal data). Routes that need a signed-in user are never cached anyway (see AccessGuard).
 */
export const NoStore = () => SetMetadata(NO_STORE_KEY, true);

/** Signed-in users whose role holds `permission` (SELF: any active user). */
export const Authenticated = (permission: Permission = Permission.SELF) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { public: false, permission } satisfies AccessRule),
    ApiBearerAuth(),
  );

/** The authenticated actor of the request. */
export const Auth = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthUser }>().user;
});
