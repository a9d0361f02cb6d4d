import type { BundleV1 } from '../../src/bundle/format/bundle-format';
import { judgedBundle, ANNOUNCEMENT, DELIBERATION } from '../support/judged-bundle';
import { importJudgedEdition } from '../support/judged-edition';
import { openDraft } from '../support/intake-fixtures';
import { PageBrowser } from '../support/page-browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';

/** Keys whose nominators consented to the catalogue in the imported bundle (L-2 did not). */
const CONSENTING = ['F-1', 'L-1', 'L-3', 'L-4'];

interface PracticeBody {
  key: string;
  title: string;
  track: { code: string };
  state: { code: string; name: string } | null;
  award: string | null;
  nomineeInstitution: string;
}

/** The public catalogue of practices: consent at submission, the embargo, filters, open data, the pages. */
describe('practices catalogue: consenting practices, public once the results are', () => {
  let t: TestApp;
  let organiser: string;
  let editionId: string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const practices = (query = '') => t.http.get(`/api/public/editions/${editionId}/practices${query}`);
  const keys = (body: { items: PracticeBody[] }) => body.items.map((p) => p.key);

  beforeAll(async () => {
    t = await startTestApp({ now: DELIBERATION.toISOString() });
    organiser = await t.login();
    const bundle = judgedBundle() as unknown as {
      nominations: { key: string; publicationConsent?: boolean }[];
    };
    for (const n of bundle.nominations) n.publicationConsent = CONSENTING.includes(n.key);
    ({ editionId } = await importJudgedEdition(t, organiser, { bundle: bundle as unknown as BundleV1 }));
  });

  afterAll(() => t?.close());

  it('records the consent given when submitting (off unless given), in the nomination and its audit entry', async () => {
    const without = await openDraft(t, organiser, 'Gobierno sin consentimiento');
    await t.http.post(`/api/nominations/${without.nominationId}/submit`).set(as(organiser)).expect(200);
    const given = await openDraft(t, organiser, 'Gobierno con consentimiento');
    await t.http
      .post(`/api/nominations/${given.nominationId}/submit`)
      .set(as(organiser))
      .send({ publicationConsent: 'sí' })
      .expect(400);
    await t.http
      .post(`/api/nominations/${given.nominationId}/submit`)
      .set(as(organiser))
      .send({ publicationConsent: true })
      .expect(200);
    const read = async (id: string) =>
      (await t.http.get(`/api/nominations/${id}`).set(as(organiser)).expect(200)).body.publicationConsent;
    expect(await read(without.nominationId)).toBe(false);
    expect(await read(given.nominationId)).toBe(true);
    const audit = await t.http
      .get(`/api/audit?action=nomination.submit&entityId=${given.nominationId}`)
      .set(as(organiser))
      .expect(200);
    expect(audit.body.items[0].after).toMatchObject({ publicationConsent: true });
    // The nomination page offers the consent unticked, with the privacy notice beside it; ticked, it is stored.
    const page = await openDraft(t, organiser, 'Gobierno desde la página');
    const browser = new PageBrowser(t);
    await browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD, `/postulaciones/${page.nominationId}`);
    const form = await browser.get(`/postulaciones/${page.nominationId}`);
    expect(form.text).toMatch(
      /<input type="checkbox" id="f-publicationConsent" name="publicationConsent" value="si" aria-describedby="f-publicationConsent-hint">/,
    );
    expect(form.text).toContain('href="/aviso-de-privacidad"');
    const sent = await browser.post(`/postulaciones/${page.nominationId}/enviar`, {
      publicationConsent: 'si',
    });
    expect(sent.status).toBe(303);
    expect(await read(page.nominationId)).toBe(true);
    expect((await t.http.get('/aviso-de-privacidad').expect(200)).text).toContain('Catálogo de prácticas');
  });

  it('answers 404 before the results are public: before the seal, and sealed but not announced', async () => {
    await practices().expect(404);
    await t.http.get(`/api/public/editions/${editionId}/practices.csv`).expect(404);
    await t.http.post(`/api/editions/${editionId}/finalize`).set(as(organiser)).expect(200);
    await practices().expect(404);
    await t.http.get(`/practicas/${editionId}/L-1`).expect(404);
    const page = await t.http.get('/practicas').expect(200);
    expect(page.text).toContain('Aún no hay resultados publicados');
  });

  it('lists only consenting practices after the announcement, with their final awards and no contact data', async () => {
    t.clock.set(ANNOUNCEMENT);
    const res = await practices().expect(200);
    expect(keys(res.body)).toEqual(['F-1', 'L-1', 'L-3', 'L-4']);
    expect(res.body.total).toBe(4);
    const results = await t.http.get(`/api/public/editions/${editionId}/results`).expect(200);
    const awardOf = new Map<string, string>();
    for (const a of results.body.awards as { award: string; holders: { nominationKey: string }[] }[]) {
      for (const h of a.holders) awardOf.set(h.nominationKey, a.award);
    }
    for (const p of res.body.items as PracticeBody[]) expect(p.award).toBe(awardOf.get(p.key) ?? null);
    expect(JSON.stringify(res.body)).not.toMatch(/contact|@example\.org/i);
    expect(res.body.facets.states).toEqual([
      { code: '09', name: 'Ciudad de México' },
      { code: '14', name: 'Jalisco' },
    ]);
  });

  it('filters by state, track, category and award, and searches without accents; a bad filter is named', async () => {
    expect(keys((await practices('?state=14').expect(200)).body)).toEqual(['L-3', 'L-4']);
    expect(keys((await practices('?track=FEDERAL_PROACTIVE').expect(200)).body)).toEqual(['F-1']);
    expect(keys((await practices('?award=NONE').expect(200)).body)).toEqual(['L-4']);
    expect(keys((await practices('?award=ANY&track=LOCAL_OPEN_GOV').expect(200)).body)).toEqual([
      'L-1',
      'L-3',
    ]);
    expect(keys((await practices('?q=ciudad%20de%20mexico').expect(200)).body)).toEqual(['L-1']);
    expect(keys((await practices('?q=FUNCION%20publica').expect(200)).body)).toEqual(['F-1']);
    expect(keys((await practices('?category=otra').expect(200)).body)).toEqual([]);
    const bad = await practices('?state=ABC&award=ORO').set('accept-language', 'en').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['award', 'state']);
  });

  it('offers the catalogue as CSV open data, codes kept as text', async () => {
    const res = await t.http.get(`/api/public/editions/${editionId}/practices.csv?state=14`).expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="practicas-.*\.csv"/);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('clave_postulacion');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"L-3"');
    expect(lines[1]).toContain('"14","Jalisco"');
  });

  it('shows the catalogue, a practice and the winners’ links to it on the pages', async () => {
    const page = await t.http.get('/practicas').expect(200);
    expect(page.text).toContain('Práctica L-1');
    expect(page.text).not.toContain('Práctica L-2');
    expect(page.text).toContain(`/api/public/editions/${editionId}/practices.csv`);
    const filtered = await t.http.get(`/practicas?edicion=${editionId}&state=09`).expect(200);
    expect(filtered.text).toContain('1 de 4 prácticas');
    const refused = await t.http.get(`/practicas?edicion=${editionId}&state=X`).expect(400);
    expect(refused.text).toContain('id="f-state-error"');
    const one = await t.http.get(`/practicas/${editionId}/L-1`).expect(200);
    expect(one.text).toContain('Gobierno de la Ciudad de México');
    await t.http.get(`/practicas/${editionId}/L-2`).expect(404);
    const winners = await t.http.get(`/resultados/${editionId}`).expect(200);
    expect(winners.text).toContain(`href="/practicas/${editionId}/L-1"`);
    expect(winners.text).not.toContain(`href="/practicas/${editionId}/L-2"`);
  });
});
