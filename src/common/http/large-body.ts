import { RouteConfig } from '@nestjs/platform-fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route accepts bodies up to BUNDLE_LIMIT_BYTES instead of BODY_LIMIT_BYTES (see app.ts). */
    largeBody?: boolean;
  }
}

/** Lets one route (bundle import) take bodies up to BUNDLE_LIMIT_BYTES; every other route keeps the small limit. */
export const LargeBody = () => RouteConfig({ largeBody: true });
