import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A server-rendered page (src/web, @WebController): the session cookie is read only on these routes. */
    webPage?: boolean;
  }
  interface FastifyRequest {
    /**
     * `__Host-` when cookies are Secure (production), else empty: a `__Host-` cookie can only have been set by
     * this very origin over HTTPS, for the whole site, so a sibling subdomain cannot plant or shadow it.
     */
    cookiePrefix: string;
  }
}

/** The page session: the same JWT the API issues, in an HttpOnly cookie. */
export const SESSION_COOKIE = 'recon_session';
/** The CSRF secret of the browser (double-submit: forms carry a token derived from it). */
export const CSRF_COOKIE = 'recon_csrf';
/** The language chosen with the switch (?lang=en). */
export const LANGUAGE_COOKIE = 'recon_lang';

/** The name under which `base` (one of the names above) travels on this request: prefixed in production. */
export function cookieName(request: Pick<FastifyRequest, 'cookiePrefix'>, base: string): string {
  return `${request.cookiePrefix ?? ''}${base}`;
}

export function readCookie(request: FastifyRequest, base: string): string | undefined {
  return request.cookies?.[cookieName(request, base)];
}

/** HttpOnly, SameSite=Lax, for the whole site; Secure in production is the cookie plugin's default (app.ts). */
export function cookieOptions(maxAgeSeconds?: number): CookieSerializeOptions {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  };
}

export function isPageRequest(request: Pick<FastifyRequest, 'routeOptions'> | undefined): boolean {
  return request?.routeOptions?.config?.webPage === true;
}

/**
 * The JWT of the page session, for the JWT strategy: read from the cookie only on page routes. API routes
 * keep taking the bearer header alone, so a cookie never authenticates an API call (the API has no CSRF
 * tokens and must not accept ambient credentials).
 */
export function pageSessionToken(request: FastifyRequest): string | null {
  if (!isPageRequest(request)) return null;
  const token = readCookie(request, SESSION_COOKIE);
  return typeof token === 'string' && token.length > 0 ? token : null;
}

export function startSession(reply: FastifyReply, token: string, expiresIn: number): void {
  void reply.setCookie(cookieName(reply.request, SESSION_COOKIE), token, cookieOptions(expiresIn));
}

export function endSession(reply: FastifyReply): void {
  void reply.clearCookie(cookieName(reply.request, SESSION_COOKIE), cookieOptions());
}
