import type { BrowserContext, Page } from 'playwright-core';
import { PDF_BYTES, IntakeEdition, openEdition } from '../support/intake-fixtures';
import { startTestApp, TestApp, ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/test-app';
import { ChromiumSession, describeWithChromium, launchChromium, newContext, Walk } from './support/browser';

jest.setTimeout(180_000);

const HOUR = 3600_000;
const PASSWORD = 'Navegador-Prueba-2018';
const NOMINATOR = { name: 'Ana Postulante', email: 'ana.postulante@example.org' };
const JUDGES = [
  { name: 'Bruno Jurado', email: 'bruno.jurado@example.org', score: '8' },
  { name: 'Carla Jurado', email: 'carla.jurado@example.org', score: '9' },
];
const TITLE = 'Plan de acción local cocreado en Ciudad de México';

/**
 * The whole product in a real browser (Debian's Chromium through playwright-core), on the real app listening
 * on a port: a nominator registers and is approved, submits a nomination with an upload; the organiser rules it
 * eligible, builds the panel and assigns; the judges score it inside the judging window; the organiser seals and
 * publishes; the public page shows the winner. Every page: a screenshot (test-output/screenshots) and axe-core.
 */
describeWithChromium('browser walk: from registration to the public winners page', () => {
  let t: TestApp;
  let chrome: ChromiumSession;
  let base: string;
  let edition: IntakeEdition;
  let nominationId: string;
  const walk = new Walk();
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];

  const open = async (): Promise<Page> => {
    const context = await newContext(chrome.browser, base, problems);
    contexts.push(context);
    return context.newPage();
  };

  const signIn = async (page: Page, email: string, password: string) => {
    await page.goto('/entrar');
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByLabel('Contraseña').fill(password);
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
    await page.waitForLoadState('load');
  };

  const submitForm = async (page: Page, button: string) => {
    await page.getByRole('button', { name: button }).first().click();
    await page.waitForLoadState('load');
  };

  const notice = async (page: Page) => {
    const box = page.locator('.notice[role="status"]').first();
    if ((await box.count()) === 0) {
      // The page shows the problem instead: put it in the failure message.
      const problem = page.locator('.error-summary, .notice').first();
      const text = (await problem.count())
        ? await problem.textContent()
        : await page.locator('main').textContent();
      return `no notice at ${page.url()}; the page says: ${text?.replace(/\s+/g, ' ').slice(0, 500)}`;
    }
    return box.textContent();
  };

  let organiser: Page;
  let nominator: Page;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    const token = await t.login();
    edition = await openEdition(t, token);
    // Two judges per nomination, so that the two judges of this walk staff it fully.
    await t.http
      .patch(`/api/tracks/${edition.localTrackId}`)
      .set('authorization', `Bearer ${token}`)
      .send({ judgesPerNomination: 2 })
      .expect(200);
    chrome = await launchChromium();
    organiser = await open();
    nominator = await open();
  });

  afterAll(async () => {
    walk.writeReport();
    for (const context of contexts) await context.close().catch(() => undefined);
    await chrome?.close();
    await t?.close();
  });

  it('a nominator registers with a new institution and waits for approval', async () => {
    await nominator.goto('/registro');
    await walk.check(nominator, 'registro');
    await nominator.getByLabel('Nombre completo').fill(NOMINATOR.name);
    await nominator.getByLabel('Correo electrónico').fill(NOMINATOR.email);
    await nominator.getByLabel('Contraseña').fill(PASSWORD);
    await nominator
      .getByLabel('Nombre de la institución')
      .fill('Secretaría de la Contraloría de la Ciudad de México');
    await nominator.getByLabel('Tipo de institución').selectOption('STATE_GOVERNMENT');
    await nominator.getByLabel('Orden de gobierno').selectOption('STATE');
    await nominator.locator('#f-institution-stateCode').selectOption('09');
    await submitForm(nominator, 'Registrarme');
    expect(await nominator.locator('h1').textContent()).toBe('Registro recibido');
    await walk.check(nominator, 'registro-recibido');

    await signIn(nominator, NOMINATOR.email, PASSWORD);
    expect(nominator.url()).toContain('/postulaciones');
    expect(await nominator.locator('main').textContent()).toContain('espera la aprobación');
    await walk.check(nominator, 'cuenta-pendiente');
  });

  it('the organiser approves the nominator and creates two judges', async () => {
    await signIn(organiser, ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(new URL(organiser.url()).pathname).toBe('/organizacion');
    await walk.check(organiser, 'panel-organizacion');

    await organiser.goto('/organizacion/usuarios?estado=PENDING');
    await submitForm(organiser, `Aprobar ${NOMINATOR.name}`);
    expect(await notice(organiser)).toContain('Cuenta aprobada');
    for (const judge of JUDGES) {
      await organiser.locator('#f-name').fill(judge.name);
      await organiser.locator('#f-email').fill(judge.email);
      await organiser.locator('#f-role').selectOption('JUDGE');
      await organiser.locator('#f-password').fill(PASSWORD);
      await submitForm(organiser, 'Crear cuenta');
      expect(await notice(organiser)).toContain('Cuenta creada');
    }
    await walk.check(organiser, 'cuentas');
  });

  it('the nominator drafts a nomination (field errors first), attaches evidence and submits it', async () => {
    await nominator.goto('/postulaciones');
    await walk.check(nominator, 'mis-postulaciones');
    await nominator.getByRole('link', { name: /Postular en «Buenas prácticas/ }).click();
    await nominator.waitForLoadState('load');
    await walk.check(nominator, 'postulacion-nueva');

    // Nothing filled in: the API's validation, shown next to each field in Spanish.
    await submitForm(nominator, 'Crear borrador');
    expect(await nominator.locator('.error-summary').count()).toBeGreaterThan(0);
    expect(await nominator.locator('#f-title-error').textContent()).toContain('es obligatorio');
    expect(await nominator.locator('#f-title').getAttribute('aria-invalid')).toBe('true');
    await walk.check(nominator, 'postulacion-errores');

    await nominator.locator('#f-stateCode').selectOption('09');
    await nominator.locator('#f-title').fill(TITLE);
    await nominator
      .locator('#f-summary')
      .fill('Ejercicio de cocreación con sociedad civil, gobierno y el organismo garante local.');
    await nominator
      .locator('#f-description')
      .fill('Compromisos específicos, medibles y con resultados verificables sobre el problema público.');
    await nominator
      .locator('#f-evidenceUrls')
      .fill('https://example.org/plan-de-accion\nhttps://example.org/informe');
    await submitForm(nominator, 'Crear borrador');
    expect(await notice(nominator)).toContain('Borrador creado');
    nominationId = /\/postulaciones\/([\w-]{36})/.exec(nominator.url())![1];
    await walk.check(nominator, 'borrador');

    await nominator.locator('#f-file').setInputFiles({
      name: 'plan-de-accion.pdf',
      mimeType: 'application/pdf',
      buffer: PDF_BYTES,
    });
    await submitForm(nominator, 'Adjuntar archivo');
    expect(await notice(nominator)).toContain('Archivo adjuntado');
    expect(await nominator.locator('main').textContent()).toContain('plan-de-accion.pdf');

    await submitForm(nominator, 'Enviar postulación');
    expect(new URL(nominator.url()).pathname).toBe(`/postulaciones/${nominationId}/acuse`);
    const hash = (await nominator.locator('#hash').textContent())!.trim();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const stored = await t.http
      .get(`/api/nominations/${nominationId}`)
      .set('authorization', `Bearer ${await t.login()}`)
      .expect(200);
    expect(stored.body.receiptHash).toBe(hash);
    await walk.check(nominator, 'acuse');
  });

  it('the organiser rules it eligible, builds the panel and runs the automatic assignment', async () => {
    await organiser.goto(
      `/organizacion/ediciones/${edition.editionId}/elegibilidad?categoria=${edition.localTrackId}`,
    );
    await walk.check(organiser, 'elegibilidad');
    const card = organiser.locator(`#n-${nominationId}`);
    await card.getByLabel('Elegible', { exact: true }).check();
    await card.getByRole('button', { name: /Registrar decisión/ }).click();
    await organiser.waitForLoadState('load');
    expect(await notice(organiser)).toContain('Decisión de elegibilidad registrada');

    await organiser.goto(`/organizacion/categorias/${edition.localTrackId}/panel`);
    for (const judge of JUDGES) await organiser.getByLabel(judge.name, { exact: true }).check();
    await submitForm(organiser, 'Guardar panel');
    expect(await notice(organiser)).toContain('Panel guardado');
    await walk.check(organiser, 'panel');

    await organiser.goto(`/organizacion/categorias/${edition.localTrackId}/asignaciones`);
    await submitForm(organiser, 'Asignar automáticamente');
    expect(await organiser.locator('#informe-seccion').textContent()).toContain('Se crearon 2 asignaciones');
    await walk.check(organiser, 'asignacion');
  });

  it('each judge scores it inside the judging window, with the running weighted total', async () => {
    t.clock.set(new Date(edition.nominationsCloseAt.getTime() + 24 * HOUR + HOUR));
    for (const [i, judge] of JUDGES.entries()) {
      const page = await open();
      await signIn(page, judge.email, PASSWORD);
      expect(new URL(page.url()).pathname).toBe('/jurado');
      if (i === 0) await walk.check(page, 'jurado-cola');
      await page.getByRole('link', { name: TITLE }).click();
      await page.waitForLoadState('load');
      const inputs = page.locator('input[type="number"][data-weight]');
      const count = await inputs.count();
      expect(count).toBe(6);
      // An out-of-range value is shown as such, never silently left out of the total.
      await inputs.first().fill('99');
      expect(await page.locator('#running-total-note').textContent()).toContain('Fuera de la escala');
      expect(await page.locator('#running-total').textContent()).toBe('—');
      expect(await inputs.first().getAttribute('aria-invalid')).toBe('true');
      await inputs.first().fill(judge.score);
      expect(await page.locator('#running-total-note').textContent()).toContain('1 de 6');
      expect(await inputs.first().getAttribute('aria-invalid')).toBeNull();
      for (let c = 1; c < count; c++) await inputs.nth(c).fill(judge.score);
      expect((await page.locator('#running-total').textContent())!.replace(',', '.')).toBe(
        `${judge.score}0.00`,
      );
      if (i === 0) await walk.check(page, 'evaluacion');
      await submitForm(page, 'Guardar borrador');
      expect(await notice(page)).toContain('Borrador de la evaluación guardado');
      await submitForm(page, 'Enviar evaluación');
      // Submitting is final: the page asks first, showing the total, and nothing is submitted yet.
      expect(await page.locator('#confirmar-envio').textContent()).toMatch(
        new RegExp(`total de ${judge.score}0([.,]0+)? / 100`),
      );
      if (i === 0) await walk.check(page, 'evaluacion-confirmar');
      await submitForm(page, 'Sí, enviar la evaluación');
      expect(await notice(page)).toContain('Evaluación enviada');
      if (i === 0) await walk.check(page, 'evaluacion-enviada');
    }
  });

  it('the organiser previews the results, seals and publishes them; the public page shows the winner', async () => {
    t.clock.set(new Date(edition.nominationsCloseAt.getTime() + 11 * 24 * HOUR));
    await organiser.goto(`/organizacion/categorias/${edition.localTrackId}/resultados`);
    expect(await organiser.locator('main').textContent()).toContain('Primer lugar');
    await walk.check(organiser, 'resultados-vista-previa');

    const visitor = await open();
    const before = await visitor.goto(`/resultados/${edition.editionId}`);
    expect(before?.status()).toBe(404);

    await organiser.goto(`/organizacion/ediciones/${edition.editionId}`);
    await organiser.getByLabel(/Escriba SELLAR/).fill('SELLAR');
    await submitForm(organiser, 'Sellar resultados');
    expect(await notice(organiser)).toContain('Resultados sellados');
    await organiser.getByLabel(/Escriba PUBLICAR/).fill('PUBLICAR');
    await submitForm(organiser, 'Publicar resultados');
    expect(await notice(organiser)).toContain('Resultados publicados');
    await walk.check(organiser, 'edicion-publicada');

    const after = await visitor.goto(`/resultados/${edition.editionId}`);
    expect(after?.status()).toBe(200);
    const winners = await visitor.locator('main').textContent();
    expect(winners).toContain(TITLE);
    expect(winners).toContain('Primer lugar');
    await walk.check(visitor, 'resultados-publicos');
    const certificate = await visitor.getByRole('link', { name: /Constancia/ }).getAttribute('href');
    const pdf = await visitor.request.get(certificate!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    await visitor.goto(`/resultados/${edition.editionId}?lang=en`);
    expect(await visitor.locator('html').getAttribute('lang')).toBe('en');
    expect(await visitor.locator('main').textContent()).toContain('First place');
    await walk.check(visitor, 'public-results-en');
    await visitor.goto('/');
    expect(await visitor.locator('html').getAttribute('lang')).toBe('en');
    await visitor.getByRole('link', { name: 'Español' }).click();
    await visitor.waitForLoadState('load');
    expect(await visitor.locator('html').getAttribute('lang')).toBe('es');
    await walk.check(visitor, 'inicio');
    await visitor.goto('/aviso-de-privacidad');
    expect(await visitor.locator('main').textContent()).toContain('20 días hábiles');
    await walk.check(visitor, 'aviso-de-privacidad');
    await visitor.getByRole('link', { name: 'Ver el aviso simplificado' }).click();
    await visitor.waitForLoadState('load');
    await walk.check(visitor, 'aviso-de-privacidad-simplificado');
  });

  it('has no serious or critical accessibility violation, no CSP violation and no page error', () => {
    expect(walk.axe.length).toBeGreaterThanOrEqual(20);
    expect(walk.serious()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
