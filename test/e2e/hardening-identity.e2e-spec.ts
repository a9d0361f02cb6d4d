import { Role, UserEntity } from '../../src/database/schema/user.entity';
import { SESSION_COOKIE } from '../../src/auth/session';
import { openDraft } from '../support/intake-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

/** Issue 19 over HTTP: look-alike institutions on the pages (7), text blank to a person (9). */
describe('hardening: identities and blank text', () => {
  let t: TestApp;
  let organiser: string;
  let nominationId: string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const institution = (name: string, stateCode = '14') =>
    t.http
      .post('/api/institutions')
      .set(as(organiser))
      .send({ name, kind: 'STATE_GOVERNMENT', level: 'STATE', stateCode });

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await t.login();
    nominationId = (await openDraft(t, organiser)).nominationId;
    await institution('Gobierno de Jalisco').expect(201);
  });
  afterAll(() => t.close());

  // The rules (look-alikes are the same name, the mixed-script flag, unlisted self-registered institutions,
  // reserved rubric keys) are checked on the services in test/medium/; here, what the pages show.
  describe('look-alike institution names (class 7)', () => {
    it('shows the organiser the mixed-script flag next to the name, in the list and on the institution’s page', async () => {
      const res = await institution('Gobiern\u043E de Jalisco').expect(201);
      const page = (path: string) =>
        t.http.get(path).set('cookie', `${SESSION_COOKIE}=${organiser}`).expect(200);
      const row = (html: string, name: string) =>
        html.split('<tr>').find((r) => r.includes(`>${name}</a>`)) ?? '';
      const listPage = (await page('/organizacion/instituciones')).text;
      expect(row(listPage, 'Gobiernо de Jalisco')).toContain('Mezcla alfabetos');
      expect(row(listPage, 'Gobierno de Jalisco')).not.toContain('Mezcla alfabetos');
      expect((await page(`/organizacion/instituciones/${res.body.id}`)).text).toContain(
        'puede imitar el nombre',
      );
    });
  });

  describe('text blank to a person (class 9)', () => {
    const blanks = [
      ['zero-width spaces', '\u200B'.repeat(12)],
      ['joiners and a BOM', '\u200C\u200D\u2060\uFEFF'.repeat(4)],
      ['Hangul fillers', '\u3164'.repeat(8)],
      ['bidi controls and spaces', '\u202E \u2066 \u2069 '.repeat(4)],
    ];

    it.each(blanks)('a nomination title of %s is empty (400 naming title)', async (_label, blank) => {
      const res = await t.http
        .patch(`/api/nominations/${nominationId}`)
        .set(as(organiser))
        .send({ title: blank })
        .expect(400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'title', code: 'visibleMinLength' }),
      ]);
    });

    it.each(blanks)('an institution name of %s is empty', async (_label, blank) => {
      const res = await institution(blank).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'name', code: 'visibleMinLength' })]);
    });

    it('a person’s name, a reason and a summary padded with invisible characters are refused', async () => {
      const before = await t.db.read((m) => m.count(UserEntity));
      const user = await t.http
        .post('/api/users')
        .set(as(organiser))
        .send({ email: 'nadie@example.org', name: '\u200B\u200B\u200B', role: Role.JUDGE })
        .expect(400);
      expect(user.body.errors).toEqual([expect.objectContaining({ field: 'name' })]);
      expect(await t.db.read((m) => m.count(UserEntity))).toBe(before);
      const summary = await t.http
        .patch(`/api/nominations/${nominationId}`)
        .set(as(organiser))
        .send({ summary: `Breve${'\u200B'.repeat(30)}` })
        .expect(400);
      expect(summary.body.errors).toEqual([
        expect.objectContaining({ field: 'summary', code: 'visibleMinLength' }),
      ]);
      const reason = await t.http
        .post(`/api/nominations/${nominationId}/eligibility`)
        .set(as(organiser))
        .send({ decision: 'INELIGIBLE', reason: '\u200B\u2060 ' })
        .expect(400);
      expect(reason.body.code).toBe('REASON_REQUIRED');
    });
  });
});
