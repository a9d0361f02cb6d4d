import { RouteConfig } from '@nestjs/platform-fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Its 200 answers to anonymous GETs never change once given (see published-response-cache.ts). */
    immutableWhenPublic?: boolean;
  }
}

/**
 * Marks a public route whose successful answer to an anonymous client is final: sealed, published results
 * (JSON, CSV, bundle, certificates) and the winners page. Such answers are kept in memory and given again
 * without running the route (PublishedResponseCache). Use it only where a 200 can never be taken back.
 */
export const ImmutableWhenPublic = () => RouteConfig({ immutableWhenPublic: true });
