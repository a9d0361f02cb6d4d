import { AddressInfo, connect } from 'node:net';
import { serializeError } from '../../src/common/errors/loggable-error';
import { toErrorBody } from '../../src/common/errors/to-error-body';
import { MAX_JSON_DEPTH } from '../../src/common/http/json-body';
import { UserEntity } from '../../src/database/schema/user.entity';
import { startTestApp, TestApp } from '../support/test-app';

/** Issue 19, HTTP classes: deep nesting, unique-constraint answers, caching of signed-in answers. */
describe('hardening: request handling', () => {
  let t: TestApp;
  let token: string;
  const bearer = () => ({ authorization: `Bearer ${token}` });
  const commonBody = (code: string) => ({ statusCode: 400, code, message: expect.any(String) });

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login();
  });
  afterAll(() => t.close());

  describe('deeply nested JSON (class 1)', () => {
    const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    const deepObject = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

    it('is refused with 400 NESTING_TOO_DEEP on an anonymous route, before the validation pipe', async () => {
      const res = await t.http
        .post('/api/auth/login')
        .set('content-type', 'application/json')
        .send(deep(200_000))
        .expect(400);
      expect(res.body).toEqual(commonBody('NESTING_TOO_DEEP'));
      expect(res.body.message).toContain(String(MAX_JSON_DEPTH));
    });

    it('is refused on signed-in routes, objects as well as arrays, in English when asked', async () => {
      const res = await t.http
        .post('/api/institutions')
        .set(bearer())
        .set('accept-language', 'en')
        .set('content-type', 'application/json')
        .send(deepObject(100_000))
        .expect(400);
      expect(res.body).toEqual(commonBody('NESTING_TOO_DEEP'));
      expect(res.body.message).toMatch(/nests more than/);
    });

    it('refuses one level beyond the limit and lets the limit itself through to validation', async () => {
      const over = await t.http
        .patch('/api/auth/password')
        .set(bearer())
        .set('content-type', 'application/json')
        .send(`{"password":${deep(MAX_JSON_DEPTH)}}`)
        .expect(400);
      expect(over.body.code).toBe('NESTING_TOO_DEEP');
      const at = await t.http
        .patch('/api/auth/password')
        .set(bearer())
        .set('content-type', 'application/json')
        .send(`{"password":${deep(MAX_JSON_DEPTH - 1)}}`)
        .expect(400);
      expect(at.body.code).toBe('VALIDATION_FAILED');
    });

    it('keeps answering /api/health while twenty such bodies arrive at once', async () => {
      const attacks = Array.from({ length: 20 }, () =>
        t.http.post('/api/auth/login').set('content-type', 'application/json').send(deep(300_000)),
      );
      const [health, ...answers] = await Promise.all([t.http.get('/api/health'), ...attacks]);
      expect(health.status).toBe(200);
      expect(answers.map((a) => a.status)).toEqual(Array(20).fill(400));
    });

    it('still refuses malformed JSON and prototype keys with the common body', async () => {
      const bad = await t.http
        .post('/api/auth/login')
        .set('content-type', 'application/json')
        .send('{"email":')
        .expect(400);
      expect(bad.body).toEqual(commonBody('MALFORMED_BODY'));
      const proto = await t.http
        .post('/api/auth/login')
        .set('content-type', 'application/json')
        .send('{"__proto__":{"admin":true}}')
        .expect(400);
      expect(proto.body.statusCode).toBe(400);
    });
  });

  describe('unique constraints (class 4)', () => {
    it('a duplicate that reaches the database is answered 409 DUPLICATE, never 500', async () => {
      const existing = await t.db.read((m) => m.findOneByOrFail(UserEntity, {}));
      const error = await t.db
        .transaction((m) => m.insert(UserEntity, { ...existing, id: '00000000-0000-4000-8000-000000000001' }))
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).not.toBeNull();
      expect(toErrorBody(error, 'es')).toEqual({
        statusCode: 409,
        code: 'DUPLICATE',
        message: 'Ya existe un registro con esos datos.',
      });
    });
  });

  describe('logs (class 11)', () => {
    it('a database error is logged without the values it was given', async () => {
      const existing = await t.db.read((m) => m.findOneByOrFail(UserEntity, {}));
      const secretName = 'Nombre-Que-No-Debe-Aparecer';
      const errors = await Promise.all([
        t.db
          .transaction((m) =>
            m.insert(UserEntity, {
              ...existing,
              id: '00000000-0000-4000-8000-000000000002',
              name: secretName,
            }),
          )
          .catch((e: unknown) => e),
        // PostgreSQL quotes the offending value in its message; SQLite has no such cast, so any failing query does.
        t.db
          .read((m) =>
            t.database.dialect === 'postgres'
              ? m.query('SELECT $1::uuid', [secretName])
              : m.query('SELECT * FROM no_such_table WHERE name = ?', [secretName]),
          )
          .catch((e: unknown) => e),
      ]);
      for (const error of errors) {
        expect(error).toBeInstanceOf(Error);
        const line = JSON.stringify(serializeError(error));
        expect(line).not.toContain(secretName);
        expect(line).not.toContain(existing.email);
        expect(JSON.parse(line)).toEqual(expect.objectContaining({ type: expect.any(String) }));
      }
    });
  });

  describe('requests the HTTP parser refuses (class 14)', () => {
    /** Sends raw bytes to the listening server and returns the whole answer. */
    const raw = async (request: string): Promise<string> => {
      const server = t.app.getHttpServer();
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      return new Promise((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.write(request));
        let answer = '';
        socket.on('data', (d: Buffer) => (answer += d.toString()));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
    };
    const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as unknown;

    it('conflicting Transfer-Encoding and Content-Length: 400 with the common body', async () => {
      const answer = await raw(
        'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
          'Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      );
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(bodyOf(answer)).toEqual({
        statusCode: 400,
        code: 'MALFORMED_REQUEST',
        message: expect.any(String),
      });
    });

    it('headers over the limit: 431 with the common body', async () => {
      const answer = await raw(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 431 /);
      expect(bodyOf(answer)).toEqual({
        statusCode: 431,
        code: 'HEADERS_TOO_LARGE',
        message: expect.any(String),
      });
    });
  });

  describe('Cache-Control (class 12)', () => {
    it('every signed-in answer, its errors included, and sign-in itself say no-store', async () => {
      const answers = await Promise.all([
        t.http.get('/api/auth/me').set(bearer()),
        t.http.get('/api/users').set(bearer()),
        t.http.get('/api/editions/00000000-0000-4000-8000-000000000000').set(bearer()),
        t.http.get('/api/users').query({ page: 'x' }).set(bearer()),
        t.http.get('/api/auth/me'),
        t.http.post('/api/auth/login').send({ email: 'organizador@example.org', password: 'mal' }),
        t.http
          .post('/api/auth/login')
          .send({ email: 'organizador@example.org', password: 'Organizador-2018' }),
        t.http.post('/api/auth/register').send({}),
      ]);
      expect(answers.map((a) => [a.status, a.headers['cache-control']])).toEqual([
        [200, 'no-store'],
        [200, 'no-store'],
        [404, 'no-store'],
        [400, 'no-store'],
        [401, 'no-store'],
        [401, 'no-store'],
        [200, 'no-store'],
        [400, 'no-store'],
      ]);
    });

    it('public reads keep their own caching', async () => {
      const res = await t.http.get('/api/public/states').expect(200);
      expect(res.headers['cache-control']).not.toBe('no-store');
    });
  });
});
