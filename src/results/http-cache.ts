import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PublicRepresentation } from './public-results.service';

/** Published results never change; clients and proxies may keep them, revalidating by ETag. */
const CACHE_CONTROL = 'public, max-age=300, must-revalidate';

/** If-None-Match matches `etag` (weak comparison, as RFC 9110 §13.1.2 requires; `*` matches anything). */
export function ifNoneMatchHits(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return value.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** Sends a representation with its strong ETag, or 304 Not Modified when the client already holds it. */
export function sendRepresentation(
  request: FastifyRequest,
  reply: FastifyReply,
  representation: PublicRepresentation,
  disposition: 'inline' | 'attachment' = 'inline',
): FastifyReply {
  void reply.header('etag', representation.etag).header('cache-control', CACHE_CONTROL);
  if (ifNoneMatchHits(request.headers['if-none-match'], representation.etag)) {
    return reply.code(304).send();
  }
  if (representation.filename) {
    void reply.header('content-disposition', `${disposition}; filename="${representation.filename}"`);
  }
  return reply.code(200).type(representation.contentType).send(representation.body);
}
