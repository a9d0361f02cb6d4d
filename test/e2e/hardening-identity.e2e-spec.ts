import { Role, UserEntity } from '../../src/database/schema/user.entity';
import { SESSION_COOKIE } from '../../src/auth/session';
import { openDraft } from '../support/intake-fixtures';
import { tableCounts } from '../support/table-counts';
import { startTestApp, TestApp } from '../support/test-app';

/** Issue 19: look-alike institutions (7), prototype-named rubric keys (8), text blank to a person (9). */
describe('hardening: identities, rubric keys and blank text', () => {
  let t: TestApp;
  let organiser: string;
  let trackId: string;
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
    const draft = await openDraft(t, organiser);
    trackId = draft.edition.localTrackId;
    nominationId = draft.nominationId;
    await institution('Gobierno de Jalisco').expect(201);
  });
  afterAll(() => t.close());

  describe('look-alike institution names (class 7)', () => {
    it.each([
      ['a zero-width space', 'Gobierno\u200B de Jalisco'],
      ['a word joiner and a soft hyphen', 'Gobier\u2060no de Ja\u00ADlisco'],
      ['full-width letters', 'Ｇｏｂｉｅｒｎｏ de Jalisco'],
      ['doubled and non-breaking spaces', 'Gobierno  de\u00A0Jalisco '],
      ['a right-to-left mark', '\u200FGobierno de Jalisco'],
    ])('%s is the same name: 409, nothing stored', async (_label, name) => {
      const before = await tableCounts(t);
      const res = await institution(name).expect(409);
      expect(res.body.code).toBe('DUPLICATE');
      expect(await tableCounts(t)).toEqual(before);
    });

    it('stores the name as a person reads it', async () => {
      const res = await institution('Ｍｕｎｉｃｉｐｉｏ\u200B de  Zapopan').expect(201);
      expect(res.body.name).toBe('Municipio de Zapopan');
      const renamed = await t.http
        .patch(`/api/institutions/${res.body.id}`)
        .set(as(organiser))
        .send({ name: 'Gobierno\u200D de Jalisco' })
        .expect(409);
      expect(renamed.body.code).toBe('DUPLICATE');
    });

    it('flags a name mixing scripts for the organiser (Cyrillic “о”)', async () => {
      const res = await institution('Gobiern\u043E de Jalisco').expect(201);
      expect(res.body.mixedScript).toBe(true);
      const list = await t.http.get('/api/institutions').set(as(organiser)).expect(200);
      const flags = Object.fromEntries(
        (list.body as { name: string; mixedScript: boolean }[]).map((i) => [i.name, i.mixedScript]),
      );
      expect(flags['Gobiern\u043E de Jalisco']).toBe(true);
      expect(flags['Gobierno de Jalisco']).toBe(false);
      const one = await t.http.get(`/api/institutions/${res.body.id}`).set(as(organiser)).expect(200);
      expect(one.body.mixedScript).toBe(true);

      // The organiser's pages show the flag next to the name, in the list and on the institution's page.
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

    it('keeps a self-registered institution off the public list until an organiser approves its nominator', async () => {
      const name = 'Gobierno de Jalisc\u043E';
      const registered = await t.http
        .post('/api/auth/register')
        .send({
          email: 'imitadora@example.org',
          name: 'Persona Imitadora',
          password: 'Imitadora-2018',
          institution: { name, kind: 'STATE_GOVERNMENT', level: 'STATE', stateCode: '14' },
        })
        .expect(201);
      const publicNames = async () =>
        ((await t.http.get('/api/public/institutions').expect(200)).body as { name: string }[]).map(
          (i) => i.name,
        );
      expect(await publicNames()).not.toContain(name);
      expect(await publicNames()).toContain('Gobierno de Jalisco');
      const all = await t.http.get('/api/institutions').set(as(organiser)).expect(200);
      expect(all.body).toEqual(expect.arrayContaining([expect.objectContaining({ name, listedAt: null })]));

      await t.http.post(`/api/users/${registered.body.id}/approve`).set(as(organiser)).expect(200);
      expect(await publicNames()).toContain(name);
    });
  });

  describe('rubric keys named after JavaScript members (class 8)', () => {
    const criterion = (key: string) => ({
      key,
      name: `Criterio ${key}`,
      description: '',
      weight: 1,
      min: 0,
      max: 10,
      guidance: [],
    });

    it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'])(
      '“%s” is refused naming the key, and nothing changes',
      async (key) => {
        const before = await t.http.get(`/api/tracks/${trackId}`).set(as(organiser)).expect(200);
        const res = await t.http
          .patch(`/api/tracks/${trackId}`)
          .set(as(organiser))
          .send({ rubric: [criterion('impacto'), criterion(key)] })
          .expect(400);
        expect(res.body.errors).toEqual([
          expect.objectContaining({ field: 'rubric.1.key', code: 'RESERVED' }),
        ]);
        const after = await t.http.get(`/api/tracks/${trackId}`).set(as(organiser)).expect(200);
        expect(after.body.rubric).toEqual(before.body.rubric);
      },
    );
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
