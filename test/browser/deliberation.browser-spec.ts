import type { Page } from 'playwright-core';
import {
  FACTORY_PASSWORD,
  newEdition,
  newInstitution,
  newJudge,
  newNomination,
  newTrack,
} from '../support/factories';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';
import { ChromiumSession, describeWithChromium, launchChromium, newContext, Walk } from './support/browser';

jest.setTimeout(300_000);

/**
 * Deliberation from the pages: a judge who submitted opens the deliberation from the score sheet, sees the other
 * judge as J1/J2 (no names), has an empty comment refused, posts and edits one; the organiser opens the consensus
 * step on the rounds page and sees the names and the edit history; the other judge revises their sheet once
 * (a score off the scale refused first). axe-core on each page.
 */
describeWithChromium('deliberation from the pages', () => {
  let t: TestApp;
  let chrome: ChromiumSession;
  let base: string;
  const walk = new Walk();
  const problems: string[] = [];
  let trackId: string;
  let nominationId: string;
  const assignment: Record<string, string> = {};
  const ana = { name: 'Ana Jurado', email: 'ana.jurado@example.org' };
  const beto = { name: 'Beto Jurado', email: 'beto.jurado@example.org' };

  async function signIn(email: string, password: string): Promise<Page> {
    const page = await (await newContext(chrome.browser, base, problems)).newPage();
    await page.goto('/entrar');
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByLabel('Contraseña').fill(password);
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
    await page.waitForLoadState('load');
    return page;
  }

  async function submit(page: Page, button: string): Promise<void> {
    await page.getByRole('button', { name: button }).click();
    await page.waitForLoadState('load');
  }

  beforeAll(async () => {
    t = await startTestApp();
    const as = { authorization: `Bearer ${await t.login()}` };
    const edition = await newEdition(t, { phase: 'JUDGING' });
    const track = await newTrack(t, edition, { judgesPerNomination: 2, minReviews: 2, deliberation: true });
    trackId = track.id;
    nominationId = (
      await newNomination(t, track, await newInstitution(t, { name: 'Municipio de León', stateCode: '11' }))
    ).id;
    const a = await newJudge(t, [{ stateCode: '20' }], ana);
    const b = await newJudge(t, [{ stateCode: '21' }], beto);
    await t.http
      .put(`/api/tracks/${track.id}/panel`)
      .set(as)
      .send({ members: [{ judgeId: a.id }, { judgeId: b.id }] })
      .expect(200);
    const plan = await t.http.post(`/api/tracks/${track.id}/assignments/auto`).set(as).expect(200);
    for (const x of plan.body.created as { id: string; judgeId: string }[]) {
      assignment[x.judgeId === a.id ? 'A' : 'B'] = x.id;
    }
    for (const [key, judge, name, impacto] of [
      ['A', a, ana.name, 9],
      ['B', b, beto.name, 5],
    ] as const) {
      await t.http
        .post(`/api/assignments/${assignment[key]}/score-sheet/submit`)
        .set({ authorization: `Bearer ${await judge.login()}` })
        .send({ scores: { impacto, apertura: 6 }, comment: `Opinión ${key}, ${name.length} letras` })
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

  it('a judge who submitted reads the other sheet without names and discusses', async () => {
    const page = await signIn(ana.email, FACTORY_PASSWORD);
    await page.goto(`/jurado/asignaciones/${assignment.A}`);
    await page.getByRole('link', { name: 'Deliberación' }).click();
    await page.waitForLoadState('load');
    const main = await page.textContent('main');
    expect(main).toContain('Opinión B'); // the comment to the jury, as written
    expect(await page.textContent('table')).not.toContain('Beto Jurado');
    expect(await page.textContent('table')).toMatch(/J[12]/);
    await walk.check(page, 'deliberacion jurado');

    await submit(page, 'Publicar comentario');
    expect(await page.textContent('.error-summary')).toBeTruthy();
    await walk.check(page, 'deliberacion comentario vacio');
    await page.getByLabel('Escribir en la conversación').fill('Buena práctica; falta medir resultados.');
    await submit(page, 'Publicar comentario');
    expect(await page.textContent('body')).toContain('Comentario publicado');
    await page.locator('summary', { hasText: 'Editar' }).click();
    await page
      .getByLabel('Comentario', { exact: true })
      .fill('Buena práctica; faltan indicadores de resultados.');
    await submit(page, 'Guardar cambios');
    expect(await page.textContent('main')).toContain('faltan indicadores de resultados');
    await walk.check(page, 'deliberacion comentario editado');
  });

  it('the organiser opens the consensus step and sees names and history; a judge revises once', async () => {
    const organiser = await signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await organiser.goto(`/organizacion/categorias/${trackId}/rondas`);
    await organiser.getByLabel('Motivo (queda en la bitácora)').fill('Acta 2 del jurado');
    await submit(organiser, 'Abrir la etapa de consenso');
    expect(await organiser.textContent('body')).toContain('Etapa de consenso abierta');
    await walk.check(organiser, 'rondas consenso abierto');
    await organiser.goto(`/deliberacion/${nominationId}`);
    const seen = await organiser.textContent('main');
    expect(seen).toContain('Beto Jurado');
    expect(seen).toContain('Antes de editarse');
    await walk.check(organiser, 'deliberacion organizacion');

    const judge = await signIn(beto.email, FACTORY_PASSWORD);
    await judge.goto(`/deliberacion/${nominationId}`);
    await judge.getByLabel('Impacto').fill('11');
    await judge.getByLabel('Apertura').fill('6');
    await judge
      .getByLabel('Motivo de la revisión')
      .fill('La deliberación mostró evidencia que no había visto.');
    await submit(judge, 'Guardar la evaluación revisada');
    expect(await judge.textContent('.error-summary')).toBeTruthy();
    await walk.check(judge, 'deliberacion revision refusada');
    await judge.getByLabel('Impacto').fill('8');
    await submit(judge, 'Guardar la evaluación revisada');
    const after = await judge.textContent('main');
    expect(after).toContain('Revisada en el consenso');
    expect(after).not.toContain('Revisar mi evaluación');
    await walk.check(judge, 'deliberacion revisada');

    expect(walk.axe.flatMap((r) => r.violations.map((v) => `${r.page}: ${v.id} ${v.help}`))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
