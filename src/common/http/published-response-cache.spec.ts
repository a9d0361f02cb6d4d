import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PublishedResponseCache } from './published-response-cache';

interface Written {
  status: number;
  headers: Record<string, string>;
  body: Buffer | undefined;
}

function request(url: string, headers: Record<string, string> = {}, method = 'GET'): IncomingMessage {
  return { method, url, headers } as unknown as IncomingMessage;
}

/** A response that records what the cache writes. */
function response(): { res: ServerResponse; written: () => Written } {
  let out: Written | undefined;
  const res = {
    writeHead(status: number, flat: string[]) {
      const headers: Record<string, string> = {};
      for (let i = 0; i < flat.length; i += 2) headers[flat[i]] = flat[i + 1];
      out = { status, headers, body: undefined };
      return this;
    },
    end(body?: Buffer) {
      out!.body = body;
    },
  };
  return { res: res as unknown as ServerResponse, written: () => out! };
}

const ETAG = '"a1b2c3"';
const JSON_BODY = Buffer.from(JSON.stringify({ awards: Array.from({ length: 200 }, (_, i) => ({ i })) }));
const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  etag: ETAG,
  'cache-control': 'public, max-age=300, must-revalidate',
  'x-content-type-options': 'nosniff',
  'x-request-id': 'first-request',
  'content-length': JSON_BODY.length,
};
const URL = '/api/public/editions/e1/results';

/** Waits for the Brotli and gzip variants, made on the thread pool. */
async function settled(sut: PublishedResponseCache): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { res, written } = response();
    sut.serve(request(URL, { 'accept-encoding': 'br' }), res, 'probe');
    if (written().headers['content-encoding'] === 'br') return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the compressed variants never appeared');
}

function serve(sut: PublishedResponseCache, req: IncomingMessage): Written | null {
  const { res, written } = response();
  return sut.serve(req, res, 'req-2') ? written() : null;
}

describe(PublishedResponseCache.name, () => {
  let sut: PublishedResponseCache;

  beforeEach(() => {
    sut = new PublishedResponseCache();
  });

  it('answers nothing it was not given', () => {
    expect(serve(sut, request(URL))).toBeNull();
  });

  it('gives back a 200 offered for an anonymous GET: same body and headers, its own request id and length', () => {
    sut.offer(request(URL), 200, HEADERS, JSON_BODY);
    const hit = serve(sut, request(URL))!;
    expect(hit.status).toBe(200);
    expect(hit.body!.equals(JSON_BODY)).toBe(true);
    expect(hit.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      etag: ETAG,
      'cache-control': 'public, max-age=300, must-revalidate',
      'x-content-type-options': 'nosniff',
      'x-request-id': 'req-2',
      'content-length': String(JSON_BODY.length),
      vary: 'accept-encoding',
    });
    expect(hit.headers['content-encoding']).toBeUndefined();
  });

  it('answers HEAD with the headers only, and a matching If-None-Match with 304 and no body headers', () => {
    sut.offer(request(URL), 200, HEADERS, JSON_BODY);
    const head = serve(sut, request(URL, {}, 'HEAD'))!;
    expect(head.status).toBe(200);
    expect(head.body).toBeUndefined();
    const notModified = serve(sut, request(URL, { 'if-none-match': `W/"x", ${ETAG}` }))!;
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBeUndefined();
    // What RFC 9110 §15.4.5 asks of a 304, and nothing the client already holds from its stored 200.
    expect(notModified.headers).toEqual({
      etag: ETAG,
      'cache-control': 'public, max-age=300, must-revalidate',
      vary: 'accept-encoding',
      'x-request-id': 'req-2',
    });
    expect(serve(sut, request(URL, { 'if-none-match': '"otro"' }))!.status).toBe(200);
  });

  it('never answers a request with credentials, another method or another URL', () => {
    sut.offer(request(URL), 200, HEADERS, JSON_BODY);
    expect(serve(sut, request(URL, { cookie: 'recon_session=x' }))).toBeNull();
    expect(serve(sut, request(URL, { authorization: 'Bearer x' }))).toBeNull();
    expect(serve(sut, request(URL, {}, 'POST'))).toBeNull();
    expect(serve(sut, request(`${URL}?lang=en`))).toBeNull();
    expect(serve(sut, request(`${URL}/`))).toBeNull();
  });

  it.each([
    ['a request with a cookie', request(URL, { cookie: 'a=b' }), 200, HEADERS],
    ['a request with a bearer token', request(URL, { authorization: 'Bearer x' }), 200, HEADERS],
    ['a query string', request(`${URL}?aviso=x`), 200, HEADERS],
    ['a HEAD', request(URL, {}, 'HEAD'), 200, HEADERS],
    ['an error', request(URL), 404, HEADERS],
    ['a 304', request(URL), 304, HEADERS],
    ['a response that sets a cookie', request(URL), 200, { ...HEADERS, 'set-cookie': ['recon_lang=en'] }],
    ['no-store', request(URL), 200, { ...HEADERS, 'cache-control': 'no-store' }],
    ['no ETag', request(URL), 200, { ...HEADERS, etag: undefined }],
  ])('keeps nothing offered with %s', (_, req, status, headers) => {
    sut.offer(req, status, headers, JSON_BODY);
    expect(serve(sut, request(URL))).toBeNull();
  });

  it('keeps the first answer of a URL', () => {
    sut.offer(request(URL), 200, HEADERS, JSON_BODY);
    sut.offer(request(URL), 200, { ...HEADERS, etag: '"later"' }, Buffer.from('{}'));
    expect(serve(sut, request(URL))!.headers.etag).toBe(ETAG);
  });

  it('stops keeping at its limits (and still answers what it kept)', () => {
    const small = new PublishedResponseCache({ maxEntries: 1 });
    small.offer(request('/a'), 200, HEADERS, JSON_BODY);
    small.offer(request('/b'), 200, HEADERS, JSON_BODY);
    expect(serve(small, request('/a'))).not.toBeNull();
    expect(serve(small, request('/b'))).toBeNull();
    const tiny = new PublishedResponseCache({ maxBytes: JSON_BODY.length - 1 });
    tiny.offer(request('/a'), 200, HEADERS, JSON_BODY);
    expect(serve(tiny, request('/a'))).toBeNull();
  });

  it('gives Brotli or gzip as the client prefers, with the same bytes inside and a weak ETag', async () => {
    sut.offer(request(URL), 200, HEADERS, JSON_BODY);
    await settled(sut);
    const br = serve(sut, request(URL, { 'accept-encoding': 'gzip, deflate, br' }))!;
    expect(br.headers).toMatchObject({
      'content-encoding': 'br',
      etag: `W/${ETAG}`,
      vary: 'accept-encoding',
    });
    expect(brotliDecompressSync(br.body!).equals(JSON_BODY)).toBe(true);
    expect(Number(br.headers['content-length'])).toBe(br.body!.length);
    expect(br.body!.length).toBeLessThan(JSON_BODY.length);
    const gz = serve(sut, request(URL, { 'accept-encoding': 'gzip, deflate' }))!;
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body!).equals(JSON_BODY)).toBe(true);
    const refused = serve(sut, request(URL, { 'accept-encoding': 'br;q=0, gzip;q=0' }))!;
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.headers.etag).toBe(ETAG);
    // The weak and the strong tag name one resource: either revalidates.
    expect(serve(sut, request(URL, { 'accept-encoding': 'br', 'if-none-match': `W/${ETAG}` }))!.status).toBe(
      304,
    );
  });

  it('does not compress small bodies or binary types', async () => {
    const pdf = Buffer.alloc(4096, 1);
    sut.offer(request('/c.pdf'), 200, { ...HEADERS, 'content-type': 'application/pdf' }, pdf);
    sut.offer(request('/small'), 200, HEADERS, Buffer.from('{"a":1}'));
    await new Promise((r) => setTimeout(r, 100));
    for (const url of ['/c.pdf', '/small']) {
      const hit = serve(sut, request(url, { 'accept-encoding': 'br, gzip' }))!;
      expect(hit.headers['content-encoding']).toBeUndefined();
      expect(hit.headers.vary).toBeUndefined();
    }
  });
});
