import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errorCodes } from 'fastify';
import type { Readable } from 'node:stream';
import { CommonErrors } from '../errors/common.errors';
import { DomainException } from '../errors/domain-exception';

/**
 * The deepest nesting of arrays and objects a JSON body may have. The deepest document the system reads (a
 * bundle) nests fewer than a dozen levels; hundreds of thousands of levels made the validation pipe recurse
 * until the stack overflowed, blocking the event loop for a second each time (issue 19, class 1).
 */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * Follows the nesting of a JSON text fed in pieces (bytes of UTF-8 or UTF-16 code units alike: the characters
 * that matter are ASCII, and no byte of a multi-byte UTF-8 sequence is), and says at the first level too many.
 * Brackets inside strings do not count. The text is not validated: a malformed but shallow text is left to
 * the parser, which refuses it.
 */
export class NestingScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly limit: number) {}

  /** True as soon as the text so far nests deeper than the limit. */
  feed(chunk: Buffer | string): boolean {
    const text = typeof chunk === 'string';
    for (let i = 0; i < chunk.length; i++) {
      const c = text ? chunk.charCodeAt(i) : chunk[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
      } else if (c === QUOTE) {
        this.inString = true;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (++this.depth > this.limit) return true;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.depth--;
      }
    }
    return false;
  }
}

/** Whether a whole JSON text nests arrays and objects deeper than `limit`. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  return new NestingScanner(limit).feed(text);
}

/**
 * Replaces Fastify's JSON body parser with one that reads the body as it arrives and refuses an over-deep one
 * (400 NESTING_TOO_DEEP) at the first chunk that goes too deep: the rest of the body is neither kept nor
 * scanned, and no parsing, transformation or validation runs. A body within the limit goes to Fastify's own
 * parser (same refusal of `__proto__` and `constructor` keys). Body limit and Content-Length checks are
 * Fastify's own, with its error codes.
 */
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  const defaultLimit = fastify.initialConfig.bodyLimit ?? 1024 * 1024;
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', (request: FastifyRequest, payload: Readable, done) => {
    const limit = request.routeOptions.bodyLimit ?? defaultLimit;
    const contentLength = Number(request.headers['content-length']);
    if (contentLength > limit) {
      done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE(), undefined);
      return;
    }
    const scanner = new NestingScanner(MAX_JSON_DEPTH);
    const chunks: Buffer[] = [];
    let received = 0;
    const stop = () => {
      payload.removeListener('data', onData);
      payload.removeListener('end', onEnd);
      payload.removeListener('error', onEnd);
    };
    function onData(chunk: Buffer) {
      received += chunk.length;
      const encoded = (payload as Readable & { receivedEncodedLength?: number }).receivedEncodedLength ?? 0;
      if (received > limit || encoded > limit) {
        stop();
        done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE(), undefined);
        return;
      }
      if (scanner.feed(chunk)) {
        stop();
        done(new DomainException(CommonErrors.NESTING_TOO_DEEP, { limit: MAX_JSON_DEPTH }), undefined);
        return;
      }
      chunks.push(chunk);
    }
    function onEnd(error?: Error & { statusCode?: number }) {
      stop();
      if (error) {
        if (!(typeof error.statusCode === 'number' && error.statusCode >= 400)) error.statusCode = 400;
        done(error, undefined);
        return;
      }
      const encoded = (payload as Readable & { receivedEncodedLength?: number }).receivedEncodedLength;
      if (!Number.isNaN(contentLength) && (encoded || received) !== contentLength) {
        done(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH(), undefined);
        return;
      }
      void parse(request, Buffer.concat(chunks, received).toString('utf8'), done);
    }
    payload.on('data', onData);
    payload.on('end', onEnd);
    payload.on('error', onEnd);
    payload.resume();
  });
}
