import { applyDecorators, Controller, UseFilters, UseGuards } from '@nestjs/common';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import { CsrfGuard } from './csrf';
import '../auth/session';
import { WebExceptionFilter } from './web-exception.filter';

/**
 * Paths served by the pages, outside the `/api` prefix (app.ts excludes them from it). Each entry is a
 * path-to-regexp pattern matched against the declared route path.
 */
export const WEB_PATHS = [
  '/',
  'entrar',
  'salir',
  'registro',
  'contrasena{/*rest}',
  'aviso-de-privacidad{/*rest}',
  'assets{/*rest}',
  'postulaciones{/*rest}',
  'jurado{/*rest}',
  'organizacion{/*rest}',
  'cuenta{/*rest}',
  'resultados{/*rest}',
  'practicas{/*rest}',
  'solicitudes-datos{/*rest}',
  'deliberacion{/*rest}',
];

export { ASSETS_DIR, VIEWS_DIR, WEB_ROOT } from './web-root';

/**
 * A controller of pages: every handler is flagged `webPage` in its Fastify route config (so the JWT strategy
 * reads the session cookie for it, and only for it), state-changing requests need a CSRF token, and errors
 * become pages (a redirect to the sign-in page for anonymous callers) instead of JSON.
 * Routes still need @Public() or @Authenticated(…): the global AccessGuard applies as on the API.
 */
export function WebController(): ClassDecorator {
  const markPages: ClassDecorator = (target) => {
    const prototype = (target as unknown as { prototype: Record<string, unknown> }).prototype;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const config = (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler) ?? {}) as object;
      Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...config, webPage: true }, handler);
    }
  };
  return applyDecorators(Controller(), UseFilters(WebExceptionFilter), UseGuards(CsrfGuard), markPages);
}
