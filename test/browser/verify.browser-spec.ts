import type { Page } from 'playwright-core';
import type { PublicBundle } from '../../src/domain/verification';
import { ANNOUNCEMENT, DELIBERATION, judgedBundle } from '../support/judged-bundle';
import { startTestApp, TestApp } from '../support/test-app';
import { ChromiumSession, describeWithChromium, launchChromium, newContext, Walk } from './support/browser';

jest.setTimeout(120_000);

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * "Verificar estos resultados" in Debian's Chromium: the page downloads the public bundle and recomputes every
 * track in the browser. A tampered bundle is served instead at the network layer (playwright's route), never
 * through a hook of the product.
 */
describeWithChromium('the results page verifies the published results in the browser', () => {
  let t: TestApp;
  let chrome: ChromiumSession;
  let base: string;
  let editionId: string;
  let bundle: PublicBundle;
  const problems: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ now: DELIBERATION.toISOString() });
    const organiser = await t.login();
    // Two nominators consented to the practices catalogue (walked below).
    const judged = judgedBundle() as unknown as {
      nominations: { key: string; publicationConsent?: boolean }[];
    };
    for (const n of judged.nominations) n.publicationConsent = n.key === 'L-1' || n.key === 'F-1';
    const imported = await t.http.post('/api/editions/import').set(auth(organiser)).send(judged);
    expect(imported.status).toBe(201);
    editionId = imported.body.id as string;
    const tracks = await t.http.get(`/api/editions/${editionId}/tracks`).set(auth(organiser)).expect(200);
    const local = (tracks.body as { id: string; code: string }[]).find((x) => x.code === 'LOCAL_OPEN_GOV')!;
    const preview = await t.http.get(`/api/tracks/${local.id}/results`).set(auth(organiser)).expect(200);
    const l4 = (preview.body.categories[0].rows as { nomination: { id: string; key: string } }[]).find(
      (r) => r.nomination.key === 'L-4',
    )!;
    await t.http
      .post(`/api/tracks/${local.id}/overrides`)
      .set(auth(organiser))
      .send({ nominationId: l4.nomination.id, kind: 'EXCLUDE', justification: 'Acta 1: sin quórum.' })
      .expect(201);
    await t.http.post(`/api/editions/${editionId}/finalize`).set(auth(organiser)).expect(200);
    t.clock.set(ANNOUNCEMENT);
    bundle = (await t.http.get(`/api/public/editions/${editionId}/bundle`).expect(200)).body as PublicBundle;
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    chrome = await launchChromium();
  });

  afterAll(async () => {
    await chrome?.close();
    await t?.close();
  });

  async function verifyOn(page: Page): Promise<void> {
    await page.goto(`/resultados/${editionId}`);
    await page.getByRole('button', { name: 'Verificar estos resultados' }).click();
    await page.locator('#verificacion [data-verdict]').waitFor();
  }

  it('shows every track ✓ with the sealed hash', async () => {
    const page = await (await newContext(chrome.browser, base, problems)).newPage();
    await verifyOn(page);
    expect(await page.locator('#verificacion [data-verdict]').getAttribute('data-verdict')).toBe('ok');
    for (const track of bundle.seal.results.tracks) {
      const section = page.locator(`#verificacion section[data-track="${track.code}"]`);
      expect(await section.getAttribute('data-matches')).toBe('true');
      const text = (await section.textContent()) ?? '';
      expect(text).toContain('✓');
      const hashes = await section.locator('dd').allTextContents();
      expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
      expect(hashes[0]).toBe(hashes[1]);
      expect(await section.locator('[data-award-matches="false"]').count()).toBe(0);
    }
    expect(await page.locator('#verificacion [data-version="1"]').getAttribute('data-signature')).toBe(
      'VALID',
    );
    expect(problems).toEqual([]);
  });

  it('shows ✗ naming the changed rows when the bundle served was tampered with', async () => {
    const tampered = JSON.parse(JSON.stringify(bundle)) as PublicBundle;
    const sheet = tampered.scoreSheets.find((s) => s.nominationKey === 'L-2')!;
    sheet.scores.impacto = sheet.scores.impacto === 10 ? 9 : 10;
    const page = await (await newContext(chrome.browser, base, problems)).newPage();
    await page.route(`**/api/public/editions/${editionId}/bundle`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(tampered) }),
    );
    await verifyOn(page);
    expect(await page.locator('#verificacion [data-verdict]').getAttribute('data-verdict')).toBe('fail');
    const local = page.locator('#verificacion section[data-track="LOCAL_OPEN_GOV"]');
    expect(await local.getAttribute('data-matches')).toBe('false');
    expect(await local.textContent()).toContain('✗');
    expect(await local.locator('[data-row="L-2"]').count()).toBeGreaterThan(0);
    expect(await local.locator('[data-row="L-2"]').first().textContent()).toContain('puntuación agregada');
    const federal = page.locator('#verificacion section[data-track="FEDERAL_PROACTIVE"]');
    expect(await federal.getAttribute('data-matches')).toBe('true');
    expect(problems).toEqual([]);
  });

  it('speaks English on the English page, and offers verificador.js with its SHA-256', async () => {
    const page = await (await newContext(chrome.browser, base, problems)).newPage();
    await page.goto(`/resultados/${editionId}?lang=en`);
    await page.getByRole('button', { name: 'Verify these results' }).click();
    await page.locator('#verificacion [data-verdict="ok"]').waitFor();
    expect(await page.locator('#verificacion').textContent()).toContain('Verified');
    const shown = await page.locator('[data-verifier-sha256]').textContent();
    const script = await t.http.get('/assets/verificador.js').expect(200);
    const { createHash } = await import('node:crypto');
    expect(shown).toBe(createHash('sha256').update(script.text).digest('hex'));
    expect(problems).toEqual([]);
  });

  it('links a consenting winner to its practice; the catalogue filters from its form; no axe violation', async () => {
    const walk = new Walk();
    const page = await (await newContext(chrome.browser, base, problems)).newPage();
    await page.goto(`/resultados/${editionId}`);
    await page.getByRole('link', { name: 'Práctica L-1', exact: true }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toBe('Práctica L-1');
    const practice = await walk.check(page, 'práctica');
    await page.getByRole('link', { name: 'Volver al catálogo' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('ul.practices > li').count()).toBe(2);
    await page.getByLabel('Convocatoria').selectOption({ label: 'Transparencia proactiva' });
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('ul.practices h2').allTextContents()).toEqual(['Práctica F-1']);
    const catalogue = await walk.check(page, 'catálogo de prácticas');
    expect([...practice.violations, ...catalogue.violations].map((v) => `${v.id} ${v.help}`)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
