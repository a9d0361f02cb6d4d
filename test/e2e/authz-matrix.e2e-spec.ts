import { randomUUID } from 'node:crypto';
import { registeredRoutes } from '../../src/common/http/route-registry';
import { Role } from '../../src/database/schema/user.entity';
import { UsersService } from '../../src/users/users.service';
import { csrfTokenFor } from '../../src/web/csrf';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../src/auth/session';
import { MATRIX } from '../support/authz-matrix';
import { newInstitution, nominationBody, openEdition } from '../support/intake-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const PASSWORD = 'Matriz-Roles-2018';
const ROLES = [Role.ORGANISER, Role.OBSERVER, Role.NOMINATOR, Role.JUDGE];
/** Routes that end the caller's session: a fresh token is taken after calling them. */
const ENDS_SESSION = new Set(['POST /api/auth/logout', 'PATCH /api/auth/password', 'POST /salir']);
/** Pages (src/web): signed in by the session cookie, forms carry a CSRF token, strangers go to the sign-in page. */
const isPage = (route: string) => !/^\w+ \/(api|docs)/.test(route);
const toSignIn = (res: { status: number; headers: Record<string, string> }) =>
  res.status === 303 && /^\/entrar(\?siguiente=|$)/.test(res.headers.location ?? '');

describe('authorisation matrix: every registered route × every role and anonymous', () => {
  let t: TestApp;
  const emails: Record<Role, string> = {
    [Role.ORGANISER]: 'm-organiser@example.org',
    [Role.OBSERVER]: 'm-observer@example.org',
    [Role.NOMINATOR]: 'm-nominator@example.org',
    [Role.JUDGE]: 'm-judge@example.org',
  };
  const tokens = {} as Record<Role, string>;
  let routes: string[];
  let csrfSecret = '';

  beforeAll(async () => {
    t = await startTestApp();
    const organiser = await t.login();
    const institutionId = await newInstitution(t, organiser, {
      name: 'Institución de la matriz',
      stateCode: '09',
    });
    const users = t.app.get(UsersService);
    await t.db.transaction(async (m) => {
      for (const role of ROLES) {
        await users.insert(m, {
          email: emails[role],
          name: role,
          role,
          password: PASSWORD,
          institutionId: role === Role.NOMINATOR ? institutionId : null,
        });
      }
    });
    for (const role of ROLES) tokens[role] = await t.login(emails[role], PASSWORD);
    const signIn = await t.http.get('/entrar').expect(200);
    const cookies = ([] as string[]).concat(signIn.headers['set-cookie'] ?? []);
    csrfSecret = /recon_csrf=([^;]+)/.exec(cookies.join(';'))![1];
    routes = registeredRoutes(t.app.getHttpAdapter().getInstance())
      .filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS')
      .map((r) => `${r.method} ${r.url}`);
  });

  afterAll(() => t.close());

  const call = (route: string, token?: string) => {
    const [method, url] = route.split(' ');
    const path = url.replace(/:\w+/g, () => randomUUID()).replace('*', 'x');
    const req = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path);
    if (isPage(route)) {
      void req.set(
        'cookie',
        [`${CSRF_COOKIE}=${csrfSecret}`, ...(token ? [`${SESSION_COOKIE}=${token}`] : [])].join('; '),
      );
      // Form tokens are bound to the session they were made for: one per caller.
      return method === 'GET' ? req : req.type('form').send({ _csrf: csrfTokenFor(csrfSecret, token) });
    }
    if (token) void req.set('authorization', `Bearer ${token}`);
    return method === 'GET' || method === 'DELETE' ? req : req.send({});
  };

  it('has an entry for every registered route (a new route must join the matrix)', () => {
    const missing = routes.filter((r) => !(r in MATRIX));
    expect(missing).toEqual([]);
    const stale = Object.keys(MATRIX).filter((r) => !routes.includes(r));
    expect(stale).toEqual([]);
  });

  it('answers anonymous callers 401 (pages: a redirect to sign in) everywhere but the public routes', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const res = await call(route);
      const isPublic = MATRIX[route] === 'public';
      const refused = isPage(route) ? toSignIn(res) : res.status === 401;
      if (isPublic ? res.status === 401 || res.status === 403 || toSignIn(res) : !refused)
        wrong.push(`${route} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(ROLES)(
    'answers %s 403 where its role is not allowed, and lets it through where it is',
    async (role) => {
      const wrong: string[] = [];
      for (const route of routes) {
        const rule = MATRIX[route];
        if (rule === 'public') continue;
        const res = await call(route, tokens[role]);
        const allowed = rule.includes(role);
        if (allowed ? res.status === 401 || res.status === 403 || toSignIn(res) : res.status !== 403) {
          wrong.push(`${route} → ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
        }
        if (ENDS_SESSION.has(route) && allowed) tokens[role] = await t.login(emails[role], PASSWORD);
      }
      expect(wrong).toEqual([]);
    },
  );

  it('answers a nominator 404 on another institution’s nomination, on every nomination route', async () => {
    const organiser = await t.login();
    const edition = await openEdition(t, organiser);
    const other = await newInstitution(t, organiser, { name: 'Otra institución', stateCode: '09' });
    const nomination = await t.http
      .post('/api/nominations')
      .set('authorization', `Bearer ${organiser}`)
      .send(nominationBody(edition.localTrackId, other, { nominatingInstitutionId: other }))
      .expect(201);
    const id = nomination.body.id as string;
    const nominator = { authorization: `Bearer ${tokens[Role.NOMINATOR]}` };
    await t.http.get(`/api/nominations/${id}`).set(nominator).expect(404);
    await t.http.patch(`/api/nominations/${id}`).set(nominator).send({ title: 'Cambio ajeno' }).expect(404);
    await t.http.post(`/api/nominations/${id}/submit`).set(nominator).expect(404);
    await t.http.post(`/api/nominations/${id}/withdraw`).set(nominator).expect(404);
    await t.http.get(`/api/nominations/${id}/attachments/${randomUUID()}`).set(nominator).expect(404);
  });
});
