import type { FastifyInstance } from 'fastify';
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
 * Whether a JSON text nests arrays and objects deeper than `limit`, found by one linear scan that stops at the
 * first level too many (brackets inside strings do not count). The text is not validated here: a malformed
 * text that is shallow enough is left to the parser, which refuses it.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > limit) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/**
 * Replaces Fastify's JSON body parser with one that refuses over-deep bodies (400 NESTING_TOO_DEEP) before any
 * parsing, transformation or validation, then hands the text to Fastify's own parser (same limits and the
 * same refusal of `__proto__` and `constructor` keys).
 */
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      done(new DomainException(CommonErrors.NESTING_TOO_DEEP, { limit: MAX_JSON_DEPTH }), undefined);
      return;
    }
    void parse(request, text, done);
  });
}
