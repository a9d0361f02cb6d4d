import type { Page } from 'playwright-core';
import { Role } from '../../src/database/schema/user.entity';
import {
  DAY,
  FACTORY_PASSWORD,
  newEdition,
  newInstitution,
  newJudge,
  newNomination,
  newTrack,
  newUser,
} from '../support/factories';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';
import { ChromiumSession, describeWithChromium, launchChromium, newContext, Walk } from './support/browser';

jest.setTimeout(300_000);

/**
 * Feedback to nominators from the pages: a judge writes it on the score sheet; the organiser releases one
 * (edited) and withholds another (a missing reason refused first); after publication the nominating institution
 * reads the released comment on its nomination, without names, and not the withheld one. axe-core on each page.
 */
describeWithChromium('feedback to nominators from the pages', () => {
  let t: TestApp;
  let chrome: ChromiumSession;
  let base: string;
  const walk = new Walk();
  const problems: string[] = [];
  let trackId: string;
  let editionId: string;
  let nominationId: string;
  let judgeClose: Date;
  const assignment: Record<string, string> = {};
  const judgeA = { name: 'Ana Jurado', email: 'ana.jurado@example.org' };
  const nominator = { name: 'Nora Postulante', email: 'nora.postulante@example.org' };

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
    const api = await t.login();
    const as = { authorization: `Bearer ${api}` };
    const edition = await newEdition(t, { phase: 'JUDGING' });
    editionId = edition.id;
    judgeClose = edition.judgingCloseAt;
    const track = await newTrack(t, edition, { judgesPerNomination: 2, minReviews: 2 });
    trackId = track.id;
    const jalisco = await newInstitution(t, { name: 'Gobierno de Jalisco', stateCode: '14' });
    nominationId = (await newNomination(t, track, jalisco)).id;
    await newUser(t, Role.NOMINATOR, { ...nominator, institutionId: jalisco.id });
    const a = await newJudge(t, [{ stateCode: '20' }], judgeA);
    const b = await newJudge(t, [{ stateCode: '09' }], { name: 'Beto Jurado' });
    await t.http
      .put(`/api/tracks/${track.id}/panel`)
      .set(as)
      .send({ members: [{ judgeId: a.id }, { judgeId: b.id }] })
      .expect(200);
    const plan = await t.http.post(`/api/tracks/${track.id}/assignments/auto`).set(as).expect(200);
    for (const x of plan.body.created as { id: string; judgeId: string }[]) {
      assignment[x.judgeId === a.id ? 'A' : 'B'] = x.id;
    }
    await t.http
      .post(`/api/assignments/${assignment.B}/score-sheet/submit`)
      .set({ authorization: `Bearer ${await b.login()}` })
      .send({ scores: { impacto: 7, apertura: 6 }, feedback: 'Un comentario que la organización retiene.' })
      .expect(200);
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    chrome = await launchChromium();
  });

  afterAll(async () => {
    walk.writeReport();
    await chrome?.close();
    await t?.close();
  });

  it('a judge writes feedback for the institution beside the sheet', async () => {
    const page = await signIn(judgeA.email, FACTORY_PASSWORD);
    await page.goto(`/jurado/asignaciones/${assignment.A}`);
    await page.getByLabel(/Calificación de «Impacto»/).fill('9');
    await page.getByLabel(/Calificación de «Apertura»/).fill('8');
    await page
      .getByLabel('Retroalimentación para la institución postulante')
      .fill('Publiquen sus datos en formatos abiertos; lo comenté con Ana en Guadalajara.');
    await walk.check(page, 'hoja con retroalimentacion');
    await submit(page, 'Enviar evaluación');
    await submit(page, 'Sí, enviar la evaluación');
    expect(await page.textContent('body')).toContain('Publiquen sus datos en formatos abiertos');
  });

  it('the organiser releases one, edited, and withholds the other with a reason', async () => {
    const page = await signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.goto(`/organizacion/categorias/${trackId}/resultados`);
    await page.getByRole('link', { name: 'Retroalimentación a las instituciones' }).click();
    await page.waitForLoadState('load');
    expect(await page.textContent('main')).toContain('Por revisar');
    await walk.check(page, 'retroalimentacion lista');

    await page.getByRole('link', { name: /Revisar.*Ana Jurado/ }).click();
    await page.waitForLoadState('load');
    await page.getByLabel('Texto publicado').fill('Publiquen sus datos en formatos abiertos.');
    await page.getByLabel('Motivo', { exact: false }).first().fill('Se quitó lo que identifica a la jueza.');
    await walk.check(page, 'retroalimentacion decision');
    await submit(page, 'Publicar retroalimentación');
    expect(await page.textContent('body')).toContain('Decisión sobre la retroalimentación registrada');

    await page.getByRole('link', { name: /Revisar.*Beto Jurado/ }).click();
    await page.waitForLoadState('load');
    await submit(page, 'Retener retroalimentación');
    expect(await page.textContent('.error-summary')).toBeTruthy();
    await walk.check(page, 'retroalimentacion motivo faltante');
    await page.locator('#f-reason').fill('Identifica a quien evaluó.');
    await submit(page, 'Retener retroalimentación');
    const list = await page.textContent('main');
    expect(list).toContain('Publicada');
    expect(list).toContain('Retenida');
  });

  it('after publication the institution reads the released comment only, without names', async () => {
    t.clock.set(new Date(judgeClose.getTime() + DAY));
    const api = { authorization: `Bearer ${await t.login()}` };
    await t.http.post(`/api/editions/${editionId}/finalize`).set(api).expect(200);
    await t.http.post(`/api/editions/${editionId}/publish`).set(api).expect(200);

    const page = await signIn(nominator.email, FACTORY_PASSWORD);
    await page.goto(`/postulaciones/${nominationId}`);
    const section = await page.textContent('section[aria-labelledby="comentarios-jurado"]');
    expect(section).toContain('Publiquen sus datos en formatos abiertos.');
    expect(section).not.toContain('Guadalajara');
    expect(section).not.toContain('retiene');
    expect(section).not.toMatch(/Ana|Beto/);
    await walk.check(page, 'postulacion con comentarios del jurado');

    expect(walk.axe.flatMap((r) => r.violations.map((v) => `${r.page}: ${v.id} ${v.help}`))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
