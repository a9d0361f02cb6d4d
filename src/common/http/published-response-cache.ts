import { negotiate } from '@fastify/accept-negotiator';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { ifNoneMatchHits } from './if-none-match';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

type Coding = 'br' | 'gzip' | 'identity';
/** Preference when the client accepts several equally: smallest first. */
const CODINGS: Coding[] = ['br', 'gzip', 'identity'];

/** Headers that belong to one response or one connection, never to a stored representation. */
const PER_RESPONSE = new Set([
  'connection',
  'content-length',
  'content-encoding',
  'date',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
  'x-request-id',
]);
/**
 * What a 304 carries: the fields RFC 9110 §15.4.5 asks for. The client keeps the rest (security headers
 * included) from the 200 it stored, so repeating them would only make every revalidation larger.
 */
const NOT_MODIFIED_HEADERS = new Set(['cache-control', 'content-location', 'etag', 'expires', 'vary']);
const COMPRESSIBLE = /^(application\/(json|javascript)|text\/)/;
/** Bodies below this size gain less from compression than the header costs. */
const COMPRESS_FROM_BYTES = 1024;

interface Variant {
  /** Flat [name, value, name, value…] for writeHead: no header object is built per request. */
  ok: string[];
  notModified: string[];
  body: Buffer;
}

interface Entry {
  etag: string;
  variants: Partial<Record<Coding, Variant>>;
  codings: Coding[];
}

export interface PublishedResponseCacheLimits {
  /** Bodies kept in all, every coding counted (default 256 MiB). */
  maxBytes: number;
  /** URLs kept (default 10,000). */
  maxEntries: number;
}

/** Whether the request could have been answered differently for someone else: credentials of any kind. */
function anonymous(headers: IncomingHttpHeaders): boolean {
  return headers.cookie === undefined && headers.authorization === undefined;
}

function flat(headers: Record<string, string>): string[] {
  return Object.entries(headers).flat();
}

/**
 * Final answers kept in memory and given again without running the route (docs/performance.md, "13 April").
 *
 * A route opts in with @ImmutableWhenPublic(); what it answers is offered here after it ran, and kept only when
 * it is a 200 to an anonymous GET (no cookie, no Authorization) without a query string, marked `public` by its
 * Cache-Control and setting no cookie. From then on, anonymous GETs and HEADs of that exact URL are answered
 * from here, with 304 for a matching If-None-Match, in the best content coding the client accepts (Brotli and
 * gzip are made once, off the event loop, for text bodies). Everything else — any request with credentials,
 * any other URL, any error — still goes through the whole application. Nothing is ever evicted: the routes
 * that opt in are those whose 200 can never be taken back (published results), and the limits stop growth.
 */
export class PublishedResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private readonly limits: PublishedResponseCacheLimits;

  constructor(limits: Partial<PublishedResponseCacheLimits> = {}) {
    this.limits = { maxBytes: 256 * 1024 * 1024, maxEntries: 10_000, ...limits };
  }

  /** Answers `req` from memory when it can; false when the application must. */
  serve(req: IncomingMessage, res: ServerResponse, requestId: string): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const entry = this.entries.get(req.url ?? '');
    if (!entry || !anonymous(req.headers)) return false;
    const accepted = req.headers['accept-encoding'];
    const coding =
      entry.codings.length > 1 && typeof accepted === 'string'
        ? (negotiate(accepted, entry.codings) ?? 'identity')
        : 'identity';
    const variant = entry.variants[coding] ?? entry.variants.identity!;
    if (ifNoneMatchHits(req.headers['if-none-match'], entry.etag)) {
      res.writeHead(304, [...variant.notModified, 'x-request-id', requestId]);
      res.end();
    } else {
      res.writeHead(200, [...variant.ok, 'x-request-id', requestId]);
      res.end(req.method === 'HEAD' ? undefined : variant.body);
    }
    return true;
  }

  /** What an @ImmutableWhenPublic() route answered; kept if it qualifies (see the class comment). */
  offer(
    req: IncomingMessage,
    statusCode: number,
    headers: Record<string, string | number | string[] | undefined>,
    payload: unknown,
  ): void {
    const url = req.url ?? '';
    if (req.method !== 'GET' || statusCode !== 200 || url.includes('?') || !anonymous(req.headers)) return;
    if (this.entries.has(url) || this.entries.size >= this.limits.maxEntries) return;
    if (headers['set-cookie'] !== undefined) return;
    const etag = headers.etag;
    const cacheControl = headers['cache-control'];
    if (typeof etag !== 'string' || typeof cacheControl !== 'string' || !/\bpublic\b/.test(cacheControl))
      return;
    const body = Buffer.isBuffer(payload)
      ? payload
      : typeof payload === 'string'
        ? Buffer.from(payload)
        : null;
    if (!body || this.bytes + body.length > this.limits.maxBytes) return;

    const stored: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || PER_RESPONSE.has(name.toLowerCase())) continue;
      stored[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    const compressible =
      body.length >= COMPRESS_FROM_BYTES && COMPRESSIBLE.test(stored['content-type'] ?? '');
    if (compressible) stored.vary = stored.vary ? `${stored.vary}, accept-encoding` : 'accept-encoding';
    const entry: Entry = { etag, variants: {}, codings: ['identity'] };
    entry.variants.identity = this.variant(stored, body, 'identity', etag);
    this.entries.set(url, entry);
    this.bytes += body.length;
    if (compressible) void this.compress(entry, stored, body);
  }

  /** Drops every answer whose URL contains `text` (an edition id whose results got a new seal version). */
  forgetMatching(text: string): void {
    for (const [url, entry] of this.entries) {
      if (!url.includes(text)) continue;
      this.entries.delete(url);
      for (const variant of Object.values(entry.variants)) this.bytes -= variant.body.length;
    }
  }

  /** Brotli and gzip variants, added when ready (until then, identity is given). Failures keep identity only. */
  private async compress(entry: Entry, headers: Record<string, string>, body: Buffer): Promise<void> {
    try {
      const [br, gz] = await Promise.all([
        brotli(body, {
          params: {
            [zlib.BROTLI_PARAM_QUALITY]: 11,
            [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
            [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
          },
        }),
        gzipped(body, { level: 9 }),
      ]);
      if (this.bytes + br.length + gz.length > this.limits.maxBytes) return;
      // A strong ETag names one sequence of bytes; the encoded ones share the weak form (RFC 9110 §8.8.1).
      const weak = `W/${entry.etag}`;
      entry.variants.br = this.variant(headers, br, 'br', weak);
      entry.variants.gzip = this.variant(headers, gz, 'gzip', weak);
      entry.codings = CODINGS;
      this.bytes += br.length + gz.length;
    } catch {
      // Identity is still served.
    }
  }

  private variant(headers: Record<string, string>, body: Buffer, coding: Coding, etag: string): Variant {
    const common = { ...headers, etag };
    const notModified: Record<string, string> = {};
    for (const [name, value] of Object.entries(common)) {
      if (NOT_MODIFIED_HEADERS.has(name)) notModified[name] = value;
    }
    const ok: Record<string, string> = { ...common, 'content-length': String(body.length) };
    if (coding !== 'identity') ok['content-encoding'] = coding;
    return { ok: flat(ok), notModified: flat(notModified), body };
  }
}
