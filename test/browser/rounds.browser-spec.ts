import type { Page } from 'playwright-core';
import { newEdition, newInstitution, newJudge, newNomination, newTrack } from '../support/factories';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';
import { ChromiumSession, describeWithChromium, launchChromium, newContext, Walk } from './support/browser';

jest.setTimeout(300_000);

/**
 * Rounds from the pages: the organiser reaches the rounds page from the results page, sees the round's ranking,
 * has a jury selection without justification refused, then closes the round with the top 2 and finds the round
 * in the history with its shortlist, round 2 being judged. axe-core on each page.
 */
describeWithChromium('judging in rounds from the pages', () => {
  let t: TestApp;
  let chrome: ChromiumSession;
  let base: string;
  const walk = new Walk();
  const problems: string[] = [];
  let trackId: string;
  const keys: string[] = [];

  async function submit(page: Page, button: string): Promise<void> {
    await page.getByRole('button', { name: button }).click();
    await page.waitForLoadState('load');
  }

  beforeAll(async () => {
    t = await startTestApp();
    const as = { authorization: `Bearer ${await t.login()}` };
    const edition = await newEdition(t, { phase: 'JUDGING' });
    const track = await newTrack(t, edition, { judgesPerNomination: 2, minReviews: 2 });
    trackId = track.id;
    const ids: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const n = await newNomination(
        t,
        track,
        await newInstitution(t, { name: `Municipio ${i}`, stateCode: `0${i}` }),
      );
      ids.push(n.id);
      keys.push(n.key);
    }
    const a = await newJudge(t, [{ stateCode: '20' }]);
    const b = await newJudge(t, [{ stateCode: '21' }]);
    await t.http
      .put(`/api/tracks/${track.id}/panel`)
      .set(as)
      .send({ members: [{ judgeId: a.id }, { judgeId: b.id }] })
      .expect(200);
    const plan = await t.http.post(`/api/tracks/${track.id}/assignments/auto`).set(as).expect(200);
    const tokens = { [a.id]: await a.login(), [b.id]: await b.login() };
    for (const x of plan.body.created as { id: string; judgeId: string; nominationId: string }[]) {
      await t.http
        .post(`/api/assignments/${x.id}/score-sheet/submit`)
        .set({ authorization: `Bearer ${tokens[x.judgeId]}` })
        .send({ scores: { impacto: 9 - ids.indexOf(x.nominationId), apertura: 6 } })
        .expect(200);
    }
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    chrome = await launchChromium();
  });

  afterAll(async () => {
    walk.writeReport();
    await chrome?.close();
    await t?.close();
  });

  it('closes round 1 with its shortlist, after refusing a selection without justification', async () => {
    const page = await (await newContext(chrome.browser, base, problems)).newPage();
    await page.goto('/entrar');
    await page.getByLabel('Correo electrónico').fill(ADMIN_EMAIL);
    await page.getByLabel('Contraseña').fill(ADMIN_PASSWORD);
    await submit(page, 'Entrar');
    await page.goto(`/organizacion/categorias/${trackId}/resultados`);
    await page.getByRole('link', { name: 'Rondas', exact: true }).click();
    await page.waitForLoadState('load');
    expect(await page.textContent('main')).toContain('Ronda en evaluación: 1');
    await walk.check(page, 'rondas');

    await page.getByLabel('Selección del jurado (con justificación)').check();
    await page.getByLabel(new RegExp(keys[2])).check();
    await submit(page, 'Cerrar la ronda y abrir la siguiente');
    expect(await page.textContent('.error-summary')).toContain(
      'Una selección del jurado necesita su justificación',
    );
    await walk.check(page, 'rondas seleccion sin justificacion');

    await page.getByLabel('Las N mejores de cada subcategoría').check();
    await page.getByLabel('N (cuántas pasan de cada subcategoría)').fill('2');
    await submit(page, 'Cerrar la ronda y abrir la siguiente');
    const main = await page.textContent('main');
    expect(await page.textContent('body')).toContain('Ronda cerrada');
    expect(main).toContain('Ronda en evaluación: 2');
    expect(main).toContain('Las 2 mejores de cada subcategoría');
    const history = await page.textContent('article');
    expect(history).toContain(keys[0]);
    expect(history).toContain(keys[1]);
    expect(history).not.toContain(keys[2]);
    await walk.check(page, 'rondas cerrada');

    expect(walk.axe.flatMap((r) => r.violations.map((v) => `${r.page}: ${v.id} ${v.help}`))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
