import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { createHash } from 'node:crypto';
import Tokens from '@fastify/csrf';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainException } from '../common/errors/domain-exception';
import { cookieName, cookieOptions, CSRF_COOKIE, readCookie, SESSION_COOKIE } from '../auth/session';
import { WebErrors } from './web.errors';

/**
 * CSRF protection of the pages (double-submit, with @fastify/csrf's tokens): the browser holds a random
 * secret in an HttpOnly, SameSite=Lax cookie; every form carries a token derived from it (salt + HMAC), and
 * every state-changing page request must bring a token that verifies against the cookie's secret.
 * A site that cannot read the cookie cannot forge a token. The secret is renewed at sign-in and sign-out.
 *
 * Tokens are also bound to the session cookie (a hash of it goes into the HMAC): someone who plants their own
 * secret-and-token pair in a victim's browser (a sibling subdomain can set cookies) still cannot post as the
 * victim, because the pair was made for the planter's session, not the victim's.
 */
const tokens = new Tokens({ userInfo: true });
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const CSRF_IN_HANDLER = 'web:csrfInHandler';

/** The handler checks the token itself (multipart forms: the token is a field before the file). */
export const CsrfCheckedInHandler = () => SetMetadata(CSRF_IN_HANDLER, true);

function secretOf(request: FastifyRequest): string | null {
  const secret = readCookie(request, CSRF_COOKIE);
  return typeof secret === 'string' && /^[\w-]{20,64}$/.test(secret) ? secret : null;
}

/** What tokens are bound to: the session cookie as the browser sent it (a fixed word when signed out). */
function sessionBinding(session: string | undefined): string {
  // Never empty: @fastify/csrf refuses every token bound to an empty string.
  return session ? createHash('sha256').update(session).digest('base64url') : 'signed-out';
}

/** A form token for this secret and session cookie, as the pages make them (the authorisation matrix test uses it). */
export function csrfTokenFor(secret: string, session: string | undefined): string {
  return tokens.create(secret, sessionBinding(session));
}

/** Throws 403 CSRF_REFUSED unless `token` was derived from this browser's secret. */
export function verifyCsrf(request: FastifyRequest, token: unknown): void {
  const secret = secretOf(request);
  if (
    !secret ||
    typeof token !== 'string' ||
    token.length > 200 ||
    !tokens.verify(secret, token, sessionBinding(readCookie(request, SESSION_COOKIE)))
  ) {
    throw new DomainException(WebErrors.CSRF_REFUSED);
  }
}

/** A token for the forms of this response; creates the browser's secret first when it has none. */
export function csrfToken(request: FastifyRequest, reply: FastifyReply): string {
  let secret = secretOf(request);
  if (!secret) secret = renewCsrfSecret(request, reply);
  return csrfTokenFor(secret, readCookie(request, SESSION_COOKIE));
}

/** A fresh secret (sign-in, sign-out): tokens issued before stop working. */
export function renewCsrfSecret(request: FastifyRequest, reply: FastifyReply): string {
  const secret = tokens.secretSync();
  void reply.setCookie(cookieName(request, CSRF_COOKIE), secret, cookieOptions());
  (request.cookies as Record<string, string | undefined>)[cookieName(request, CSRF_COOKIE)] = secret;
  return secret;
}

@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    if (this.reflector.get<boolean>(CSRF_IN_HANDLER, context.getHandler())) return true;
    verifyCsrf(request, (request.body as Record<string, unknown> | undefined)?._csrf);
    return true;
  }
}
