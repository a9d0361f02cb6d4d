import SwaggerParser from '@apidevtools/swagger-parser';
import { Role, UserStatus } from '../../src/database/schema/user.entity';
import { UsersService } from '../../src/users/users.service';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';

describe('foundation: health, sign-in, docs, errors', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t.close());

  it('serves health', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('signs in the bootstrapped organiser and answers /me', async () => {
    await t.http.get('/api/auth/me').expect(401);
    const token = await t.login();
    const me = await t.http.get('/api/auth/me').set('authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toMatchObject({ email: ADMIN_EMAIL, role: Role.ORGANISER, status: UserStatus.ACTIVE });
    expect(JSON.stringify(me.body)).not.toMatch(/password/i);
  });

  it('refuses a wrong password and a forged token with 401 in the common shape', async () => {
    const res = await t.http
      .post('/api/auth/login')
      .set('accept-language', 'en')
      .send({ email: ADMIN_EMAIL, password: 'wrong-password' })
      .expect(401);
    expect(res.body).toEqual({
      statusCode: 401,
      code: 'INVALID_CREDENTIALS',
      message: 'Wrong email or password.',
    });
    await t.http.get('/api/auth/me').set('authorization', 'Bearer not.a.token').expect(401);
  });

  it('names each problem of a bad login body, in Spanish by default and in English on request', async () => {
    const es = await t.http.post('/api/auth/login').send({ email: 'no-es-correo', extra: 1 }).expect(400);
    expect(es.body.code).toBe('VALIDATION_FAILED');
    expect(es.body.message).toBe('La solicitud tiene datos no válidos.');
    const fields = (es.body.errors as { field: string; message: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['email', 'extra', 'password']);
    expect(es.body.errors.find((e: { field: string }) => e.field === 'password').message).toBe(
      'password: es obligatorio',
    );
    const en = await t.http
      .post('/api/auth/login')
      .set('accept-language', 'en-GB,en;q=0.8')
      .send({})
      .expect(400);
    expect(en.body.errors.map((e: { message: string }) => e.message)).toContain('email: is required');
    expect(JSON.stringify(en.body)).not.toMatch(/\sat\s.+\.(ts|js):\d+/);
  });

  it('answers malformed JSON and oversize bodies in the common shape', async () => {
    const bad = await t.http
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(bad.body).toMatchObject({ statusCode: 400, code: 'MALFORMED_BODY' });
    const big = await t.http
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .set('accept-language', 'en')
      .send(JSON.stringify({ email: 'a'.repeat(2 * 1024 * 1024) }))
      .expect(413);
    expect(big.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(big.body.message).toContain(String(1024 * 1024));
  });

  it('answers unknown routes 404 in the common shape', async () => {
    const res = await t.http.get('/api/no-such-route').expect(404);
    expect(res.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'No encontrado.' });
  });

  it('publishes a valid OpenAPI 3 document', async () => {
    const res = await t.http.get('/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    await expect(SwaggerParser.validate(structuredClone(res.body))).resolves.toBeDefined();
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/auth/me']));
    await t.http.get('/docs').expect((r) => expect([200, 301, 302]).toContain(r.status));
  });

  it('revokes every outstanding token on sign-out', async () => {
    const first = await t.login();
    const second = await t.login();
    await t.http.post('/api/auth/logout').set('authorization', `Bearer ${first}`).expect(204);
    await t.http.get('/api/auth/me').set('authorization', `Bearer ${second}`).expect(401);
    const fresh = await t.login();
    await t.http.get('/api/auth/me').set('authorization', `Bearer ${fresh}`).expect(200);
  });

  it('lets a pending user see only itself', async () => {
    const users = t.app.get(UsersService);
    await t.db.transaction((m) =>
      users.insert(m, {
        email: 'pendiente@example.org',
        name: 'Pendiente',
        role: Role.NOMINATOR,
        status: UserStatus.PENDING,
        password: ADMIN_PASSWORD,
      }),
    );
    const token = await t.login('pendiente@example.org', ADMIN_PASSWORD);
    const me = await t.http.get('/api/auth/me').set('authorization', `Bearer ${token}`).expect(200);
    expect(me.body.status).toBe('PENDING');
  });
});

describe('foundation: sign-in throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { AUTH_THROTTLE_LIMIT: '3', AUTH_THROTTLE_TTL_SECONDS: '60' } });
  });

  afterAll(() => t.close());

  it('answers 429 after the configured number of attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.http
        .post('/api/auth/login')
        .send({ email: ADMIN_EMAIL, password: 'nope-nope-nope' });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const res = await t.http.post('/api/auth/login').send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    expect(res.status).toBe(429);
    expect(res.body.code).toBe('THROTTLED');
  });
});
