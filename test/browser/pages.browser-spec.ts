import { randomUUID } from 'node:crypto';
import { MailOutbox } from '../../src/mail/mail-outbox';
import { MailKind } from '../../src/mail/messages';
import { OutboxMessageEntity } from '../../src/database/schema/outbox-message.entity';
import { ScoreSheetEntity, ScoreSheetStatus } from '../../src/database/schema/score-sheet.entity';
import { AssignmentEntity } from '../../src/database/schema/assignment.entity';
import { TrackEntity } from '../../src/database/schema/track.entity';
import { AttachmentEntity } from '../../src/database/schema/attachment.entity';
import { NominationEntity } from '../../src/database/schema/nomination.entity';
import { Role } from '../../src/database/schema/user.entity';
import { MATRIX } from '../support/authz-matrix';
import { FACTORY_PASSWORD, newJudge, newUser } from '../support/factories';
import {
  EXE_BYTES,
  IntakeEdition,
  newInstitution,
  nominationBody,
  openEdition,
  PDF_BYTES,
} from '../support/intake-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

const DAY = 24 * 3600_000;

/** A browser-like client: keeps the cookies it is given, reads the CSRF token of the last page. */
class Client {
  cookies = new Map<string, string>();
  csrf = '';

  constructor(private readonly t: TestApp) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep<T extends { headers: Record<string, unknown>; text?: string }>(res: T): T {
    for (const line of ([] as string[]).concat((res.headers['set-cookie'] as string[] | undefined) ?? [])) {
      const [pair, ...attributes] = line.split(';');
      const [name, value] = pair.split('=');
      if (attributes.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim())) || value === '') {
        this.cookies.delete(name);
      } else this.cookies.set(name, value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(res.text ?? '');
    if (token) this.csrf = token[1];
    return res;
  }

  async get(path: string, headers: Record<string, string> = {}) {
    return this.keep(await this.t.http.get(path).set({ cookie: this.cookieHeader(), ...headers }));
  }

  /** A form POST with this client's CSRF token (unless `_csrf` is given). */
  async post(path: string, form: Record<string, string | string[]> = {}) {
    return this.keep(
      await this.t.http
        .post(path)
        .set('cookie', this.cookieHeader())
        .type('form')
        .send({ _csrf: this.csrf, ...form }),
    );
  }

  async signIn(email: string, password: string) {
    await this.get('/entrar');
    const res = await this.post('/entrar', { email, password });
    expect(res.status).toBe(303);
    // Signing in renews the CSRF secret: like a browser, follow the redirect to get the new forms' token.
    await this.get(String(res.headers.location));
    return res;
  }
}

/**
 * The pages over HTTP (no browser needed): sessions, CSRF, languages, errors next to fields, and every page of
 * every role rendering with real data.
 */
describe('pages: sessions, CSRF, languages, errors and every page of every role', () => {
  let t: TestApp;
  let organiserToken: string;
  let edition: IntakeEdition;
  let institutionId: string;
  let nominationId: string;
  let attachmentId: string;
  let assignmentId: string;
  let judgeAssignmentOf: Record<string, string>;
  const users = {} as Record<Role, { email: string; id: string }>;

  beforeAll(async () => {
    t = await startTestApp();
    organiserToken = await t.login();
    edition = await openEdition(t, organiserToken, 2 * DAY);
    institutionId = await newInstitution(t, organiserToken, { name: 'Gobierno de prueba', stateCode: '09' });
    const nominator = await newUser(t, Role.NOMINATOR, { institutionId });
    const observer = await newUser(t, Role.OBSERVER);
    const judge = await newJudge(t);
    const judge2 = await newJudge(t);
    users[Role.NOMINATOR] = nominator;
    users[Role.OBSERVER] = observer;
    users[Role.JUDGE] = judge;
    users[Role.ORGANISER] = { email: 'organizador@example.org', id: '' };
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    const nominatorToken = await nominator.login();
    const created = await t.http
      .post('/api/nominations')
      .set(auth(nominatorToken))
      .send(nominationBody(edition.localTrackId, institutionId))
      .expect(201);
    nominationId = created.body.id as string;
    const attachment = await t.http
      .post(`/api/nominations/${nominationId}/attachments`)
      .set(auth(nominatorToken))
      .attach('file', PDF_BYTES, { filename: 'evidencia.pdf' })
      .expect(201);
    attachmentId = attachment.body.id as string;
    await t.http.post(`/api/nominations/${nominationId}/submit`).set(auth(nominatorToken)).expect(200);
    await t.http
      .post(`/api/nominations/${nominationId}/eligibility`)
      .set(auth(organiserToken))
      .send({ decision: 'ELIGIBLE' })
      .expect(200);
    await t.http
      .patch(`/api/tracks/${edition.localTrackId}`)
      .set(auth(organiserToken))
      .send({ judgesPerNomination: 2 })
      .expect(200);
    await t.http
      .put(`/api/tracks/${edition.localTrackId}/panel`)
      .set(auth(organiserToken))
      .send({ members: [{ judgeId: judge.id }, { judgeId: judge2.id }] })
      .expect(200);
    const plan = await t.http
      .post(`/api/tracks/${edition.localTrackId}/assignments/auto`)
      .set(auth(organiserToken))
      .expect(200);
    judgeAssignmentOf = Object.fromEntries(
      (plan.body.created as { id: string; judgeId: string }[]).map((a) => [a.judgeId, a.id]),
    );
    assignmentId = judgeAssignmentOf[judge.id];
  });

  afterAll(() => t.close());

  const countNominations = () => t.db.read((m) => m.count(NominationEntity));

  describe('CSRF', () => {
    it('refuses a form without a token, or with a token of another browser, and stores nothing', async () => {
      const client = new Client(t);
      await client.signIn(users[Role.NOMINATOR].email, FACTORY_PASSWORD);
      const before = await countNominations();
      const body = {
        trackId: edition.localTrackId,
        title: 'Sin token de formulario',
        nomineeInstitutionId: institutionId,
      };

      const missing = await client.post('/postulaciones', { ...body, _csrf: '' });
      expect(missing.status).toBe(403);
      expect(missing.headers['content-type']).toContain('text/html');
      expect(missing.text).toContain('El formulario caducó o no proviene de este sitio');

      const stranger = new Client(t);
      await stranger.get('/entrar');
      const foreign = await client.post('/postulaciones', { ...body, _csrf: stranger.csrf });
      expect(foreign.status).toBe(403);

      // No CSRF cookie at all (a cross-site request that only carries the session cookie).
      const session = client.cookies.get('recon_session')!;
      const bare = await t.http
        .post('/postulaciones')
        .set('cookie', `recon_session=${session}`)
        .type('form')
        .send({ ...body, _csrf: client.csrf });
      expect(bare.status).toBe(403);
      expect(await countNominations()).toBe(before);

      await client.get('/postulaciones');
      const accepted = await client.post('/postulaciones', {
        ...body,
        summary: 'Un resumen suficientemente largo de la práctica.',
        description: 'Una descripción suficientemente larga de la práctica.',
        contactName: 'Contacto',
        contactEmail: 'contacto@example.org',
      });
      expect(accepted.status).toBe(303);
      expect(await countNominations()).toBe(before + 1);
    });

    it('refuses a sign-in without a token', async () => {
      const res = await t.http
        .post('/entrar')
        .type('form')
        .send({ email: users[Role.NOMINATOR].email, password: FACTORY_PASSWORD });
      expect(res.status).toBe(403);
      expect(res.headers['set-cookie']?.toString() ?? '').not.toContain('recon_session');
    });

    it('refuses an upload whose form carries no token, and stores no file', async () => {
      const client = new Client(t);
      await client.signIn(users[Role.NOMINATOR].email, FACTORY_PASSWORD);
      const draft = await t.http
        .post('/api/nominations')
        .set('authorization', `Bearer ${await t.login(users[Role.NOMINATOR].email, FACTORY_PASSWORD)}`)
        .send(nominationBody(edition.localTrackId, institutionId))
        .expect(201);
      const before = await t.db.read((m) => m.count(AttachmentEntity));
      const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const refused = await t.http
        .post(`/postulaciones/${draft.body.id}/archivos`)
        .set('cookie', cookie)
        .attach('file', PDF_BYTES, { filename: 'a.pdf' });
      expect(refused.status).toBe(403);
      expect(await t.db.read((m) => m.count(AttachmentEntity))).toBe(before);

      const accepted = await t.http
        .post(`/postulaciones/${draft.body.id}/archivos`)
        .set('cookie', cookie)
        .field('_csrf', client.csrf)
        .attach('file', PDF_BYTES, { filename: 'a.pdf' });
      expect(accepted.status).toBe(303);
      expect(await t.db.read((m) => m.count(AttachmentEntity))).toBe(before + 1);

      // A file refused by its content: the page says why, in the attachments section.
      const exe = await t.http
        .post(`/postulaciones/${draft.body.id}/archivos`)
        .set('cookie', cookie)
        .field('_csrf', client.csrf)
        .attach('file', EXE_BYTES, { filename: 'programa.pdf' });
      expect(exe.status).toBe(422);
      expect(exe.text).toContain('no es PDF, PNG ni JPEG');
    });
  });

  describe('sessions', () => {
    it('sets an HttpOnly, SameSite=Lax session cookie, not Secure outside production, and redirects by role', async () => {
      const client = new Client(t);
      await client.get('/entrar');
      const res = await client.post('/entrar', {
        email: users[Role.JUDGE].email,
        password: FACTORY_PASSWORD,
      });
      expect(res.headers.location).toBe('/jurado');
      const cookie = ([] as string[])
        .concat(res.headers['set-cookie'])
        .find((c) => c.startsWith('recon_session='))!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).not.toMatch(/Secure/i);
    });

    it('never authenticates an API call with the session cookie', async () => {
      const client = new Client(t);
      await client.signIn(users[Role.ORGANISER].email, 'Organizador-2018');
      const session = client.cookies.get('recon_session')!;
      await t.http.get('/api/auth/me').set('cookie', `recon_session=${session}`).expect(401);
      await t.http.get('/api/auth/me').set('authorization', `Bearer ${session}`).expect(200);
    });

    it('sends strangers to the sign-in page and back; an unsafe "siguiente" is ignored', async () => {
      const client = new Client(t);
      const res = await client.get('/organizacion/usuarios');
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/entrar?siguiente=%2Forganizacion%2Fusuarios');
      const form = await client.get(String(res.headers.location));
      expect(form.text).toContain('value="/organizacion/usuarios"');
      const back = await client.post('/entrar', {
        email: 'organizador@example.org',
        password: 'Organizador-2018',
        siguiente: '/organizacion/usuarios',
      });
      expect(back.headers.location).toBe('/organizacion/usuarios');

      for (const evil of ['//evil.example/x', 'https://evil.example', '/\\evil.example']) {
        const other = new Client(t);
        await other.get('/entrar');
        const r = await other.post('/entrar', {
          email: 'organizador@example.org',
          password: 'Organizador-2018',
          siguiente: evil,
        });
        expect(r.headers.location).toBe('/organizacion');
      }
    });

    it('signing out ends every session of the user', async () => {
      const client = new Client(t);
      await client.signIn(users[Role.OBSERVER].email, FACTORY_PASSWORD);
      const old = client.cookies.get('recon_session')!;
      expect((await client.get('/organizacion')).status).toBe(200);
      const out = await client.post('/salir');
      expect(out.headers.location).toBe('/entrar?aviso=signedOut');
      const stale = await t.http.get('/organizacion').set('cookie', `recon_session=${old}`);
      expect(stale.status).toBe(303);
      expect(stale.headers.location).toMatch(/^\/entrar/);
    });

    it('shows a wrong password in the form (401), and a role that may not a 403 page', async () => {
      const client = new Client(t);
      await client.get('/entrar');
      const wrong = await client.post('/entrar', {
        email: users[Role.JUDGE].email,
        password: 'No-Es-La-Clave-1',
      });
      expect(wrong.status).toBe(401);
      expect(wrong.text).toContain('Correo electrónico o contraseña incorrectos.');

      await client.signIn(users[Role.JUDGE].email, FACTORY_PASSWORD);
      const forbidden = await client.get('/organizacion');
      expect(forbidden.status).toBe(403);
      expect(forbidden.text).toContain('Su rol no permite esta operación.');
    });
  });

  describe('languages', () => {
    it('is Spanish by default, English with ?lang=en (remembered), whatever Accept-Language says', async () => {
      const client = new Client(t);
      const es = await client.get('/entrar', { 'accept-language': 'en-GB,en;q=0.9' });
      expect(es.text).toContain('<html lang="es">');
      const en = await client.get('/entrar?lang=en');
      expect(en.text).toContain('<html lang="en">');
      expect(en.text).toContain('Sign in');
      const again = await client.get('/registro');
      expect(again.text).toContain('<html lang="en">');
      expect(again.text).toContain('href="/registro?lang=es"');
    });

    it('puts each field problem next to its field, in the page language', async () => {
      const client = new Client(t);
      await client.get('/registro?lang=en');
      const res = await client.post('/registro', { name: 'X', email: 'no-es-correo', password: 'corta' });
      expect(res.status).toBe(400);
      expect(res.text).toMatch(
        /id="f-email-error">[^<]*<span[^>]*>Error:<\/span> must be a valid email address/,
      );
      expect(res.text).toContain('aria-describedby="f-email-error"');
      expect(res.text).toMatch(/id="f-password-error">.*must be at least 10 characters long/);
      expect(res.text).toMatch(/id="f-name-error">.*must have at least 2 visible characters/);
      expect(res.text).toContain('value="no-es-correo"');

      const spanish = new Client(t);
      await spanish.get('/registro');
      const es = await spanish.post('/registro', { name: 'X', email: 'no-es-correo', password: 'corta' });
      expect(es.text).toContain('debe ser un correo electrónico válido');
    });
  });

  describe('every page of every role renders with real data', () => {
    it('answers 200 to each page GET for each role allowed, with the ids of a real edition', async () => {
      const mailId = await t.db.transaction(async (m) => {
        const id = (await m.findOne(OutboxMessageEntity, { where: {}, order: { createdAt: 'ASC' } }))?.id;
        if (id) return id;
        const to = { id: null, email: 'buzon@example.org', name: 'Buzón', language: 'es' as const };
        await t.app
          .get(MailOutbox)
          .enqueue(m, MailKind.REGISTRATION_RECEIVED, to, { name: 'Buzón', institution: '—' });
        return (await m.findOneByOrFail(OutboxMessageEntity, { toAddress: 'buzon@example.org' })).id;
      });
      // An ARCO request of the nominator's, for the queue's download of the person's data.
      const arcoId = (
        await t.http
          .post('/api/arco-requests')
          .set('authorization', `Bearer ${await t.login(users[Role.NOMINATOR].email, FACTORY_PASSWORD)}`)
          .send({ kind: 'ACCESS', details: 'Quiero saber qué datos guardan sobre mí.' })
          .expect(201)
      ).body.id as string;
      // Another judge's submitted sheet with feedback to the institution, for the feedback decision page.
      const feedbackAssignment = Object.values(judgeAssignmentOf).find((id) => id !== assignmentId)!;
      await t.db.transaction(async (m) => {
        if (await m.existsBy(ScoreSheetEntity, { assignmentId: feedbackAssignment })) return;
        const now = t.clock.now();
        const { trackId } = await m.findOneByOrFail(AssignmentEntity, { id: feedbackAssignment });
        const { rubric } = await m.findOneByOrFail(TrackEntity, { id: trackId });
        await m.insert(ScoreSheetEntity, {
          id: randomUUID(),
          assignmentId: feedbackAssignment,
          scores: Object.fromEntries(rubric.map((c) => [c.key, c.max])),
          comment: null,
          feedback: 'Documenten mejor los resultados.',
          status: ScoreSheetStatus.SUBMITTED,
          submittedAt: now,
          createdAt: now,
          updatedAt: now,
        });
      });
      const pathOf = (url: string, role: Role) =>
        url
          .replace(
            '/organizacion/retroalimentacion/:id',
            `/organizacion/retroalimentacion/${feedbackAssignment}`,
          )
          .replace('/organizacion/solicitudes-datos/:id', `/organizacion/solicitudes-datos/${arcoId}`)
          .replace('/postulaciones/nueva', `/postulaciones/nueva?convocatoria=${edition.localTrackId}`)
          .replace(/^\/(postulaciones)\/:id/, `/postulaciones/${nominationId}`)
          .replace('/archivos/:attachmentId', `/archivos/${attachmentId}`)
          .replace(
            /^\/jurado\/asignaciones\/:id/,
            `/jurado/asignaciones/${role === Role.JUDGE ? assignmentId : ''}`,
          )
          .replace('/organizacion/ediciones/:id', `/organizacion/ediciones/${edition.editionId}`)
          .replace('/exportaciones/:file', '/exportaciones/nominations.csv')
          .replace('/organizacion/instituciones/:id', `/organizacion/instituciones/${institutionId}`)
          .replace('/organizacion/usuarios/:id', `/organizacion/usuarios/${users[Role.NOMINATOR].id}`)
          .replace('/organizacion/postulaciones/:id', `/organizacion/postulaciones/${nominationId}`)
          .replace('/organizacion/categorias/:id', `/organizacion/categorias/${edition.localTrackId}`)
          .replace('/resultados/:editionId', `/resultados/${edition.editionId}`)
          .replace('/practicas/:editionId/:key', `/practicas/${edition.editionId}/LOG-1`)
          .replace('/organizacion/correo/:id', `/organizacion/correo/${mailId}`)
          .replace('/constancias/:key/:version', '/constancias/LOG-1/1')
          .replace('/deliberacion/:id', `/deliberacion/${nominationId}`)
          .replace('/assets/:file', '/assets/app.css');
      const pages = Object.entries(MATRIX).filter(([route]) => /^GET \/(?!api|docs)/.test(route));
      const failures: string[] = [];
      const passwords: Record<Role, string> = {
        [Role.ORGANISER]: 'Organizador-2018',
        [Role.OBSERVER]: FACTORY_PASSWORD,
        [Role.NOMINATOR]: FACTORY_PASSWORD,
        [Role.JUDGE]: FACTORY_PASSWORD,
      };
      for (const role of [Role.ORGANISER, Role.OBSERVER, Role.NOMINATOR, Role.JUDGE]) {
        const client = new Client(t);
        await client.signIn(users[role].email, passwords[role]);
        for (const [route, rule] of pages) {
          if (rule !== 'public' && !rule.includes(role)) continue;
          const url = route.slice(4);
          const path = pathOf(url, role);
          // Results are public only once published; before that the page is a 404 like an unknown edition.
          // Deliberation: organisers always; observers only after publication (404 before); the fixture's track
          // has none, so a judge is told so (409) or, not judging that nomination, finds nothing (404).
          const expected =
            url.startsWith('/resultados/:editionId') || url.startsWith('/practicas/:editionId')
              ? [404]
              : url.startsWith('/deliberacion/')
                ? {
                    [Role.ORGANISER]: [200],
                    [Role.OBSERVER]: [404],
                    [Role.JUDGE]: [404, 409],
                    [Role.NOMINATOR]: [],
                  }[role]
                : [200];
          const res = await client.get(path);
          if (!expected.includes(res.status)) failures.push(`${role} ${path} → ${res.status}`);
          else if (res.headers['content-type']?.includes('text/html') && res.text.includes('[[')) {
            failures.push(`${role} ${path}: untranslated ${/\[\[[^\]]+\]\]/.exec(res.text)?.[0] ?? ''}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });

    it('shows observers judges as J1, J2… and no e-mail addresses', async () => {
      const client = new Client(t);
      await client.signIn(users[Role.OBSERVER].email, FACTORY_PASSWORD);
      for (const path of [
        `/organizacion/categorias/${edition.localTrackId}/panel`,
        `/organizacion/categorias/${edition.localTrackId}/asignaciones`,
        '/organizacion/usuarios',
      ]) {
        const res = await client.get(path);
        expect(res.status).toBe(200);
        expect(res.text).not.toMatch(/[\w.-]+@example\.org/);
        expect(res.text).toMatch(/\bJ1\b/);
      }
      const forms = await client.get(`/organizacion/categorias/${edition.localTrackId}/panel`);
      expect(forms.text).not.toContain('action="/organizacion/categorias');
    });

    it('answers 404 for ids that do not exist or are not the caller’s', async () => {
      const client = new Client(t);
      await client.signIn(users[Role.JUDGE].email, FACTORY_PASSWORD);
      const other = Object.values(judgeAssignmentOf).find((id) => id !== assignmentId)!;
      expect((await client.get(`/jurado/asignaciones/${other}`)).status).toBe(404);
      expect((await client.get(`/jurado/asignaciones/${randomUUID()}`)).status).toBe(404);
      expect((await client.get('/jurado/asignaciones/no-es-un-id')).status).toBe(404);
    });
  });
});
