import type { FastifyReply, FastifyRequest } from 'fastify';
import { ifNoneMatchHits } from '../common/http/if-none-match';
import type { PublicRepresentation } from './public-results.service';

/** Published results never change; clients and proxies may keep them, revalidating by ETag. */
const CACHE_CONTROL = 'public, max-age=300, must-revalidate';

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
