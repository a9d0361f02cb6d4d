import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { IntakeEdition, nominationBody } from '../support/intake-fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';
import {
  AxeResult,
  ChromiumSession,
  describeWithChromium,
  launchChromium,
  newContext,
  Walk,
} from './support/browser';

jest.setTimeout(300_000);

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const PASSWORD = 'Consola-Prueba-2018';
const JUDGES = [
  { name: 'Diana Jurado', email: 'diana.jurado@example.org' },
  { name: 'Emilio Jurado', email: 'emilio.jurado@example.org' },
];
const NOMINATORS = [
  { name: 'Fabiola Postulante', email: 'fabiola@example.org', approve: true },
  { name: 'Gerardo Dudoso', email: 'gerardo@example.org', approve: false },
];
const INSTITUTION = 'Instituto de Transparencia de Oaxaca';

/** The wall-clock time in Mexico City (UTC−06:00 all year) of an instant, as a datetime-local field holds it. */
const mexicoCity = (ms: number) => new Date(ms - 6 * HOUR).toISOString().slice(0, 16);

function parseCsv(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(text.replace(/^\uFEFF/, ''))
      .on('data', (row: string[]) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });
}

/**
 * An organiser runs an edition from the console pages: institutions, accounts (approve one nominator, reject
 * another), judges, an extension, manual assignment (a conflict refused and named) and the automatic one, the
 * minutes' exports (files opened and checked), the audit trail and its verification, seal and publication; then
 * a bundle exported and imported again from the pages. axe-core reports no violation on any console page.
 */
describeWithChromium('organiser console: an edition run from the pages', () => {
  let t: TestApp;
  let chrome: ChromiumSession;
  let base: string;
  let api: string;
  let edition: IntakeEdition;
  let organiser: Page;
  const walk = new Walk();
  const consolePages: AxeResult[] = [];
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];
  const nominations: { id: string; key: string; title: string }[] = [];
  let nextYearId: string;

  const check = async (page: Page, name: string) => consolePages.push(await walk.check(page, name));
  /** The API is read only to check what the pages stored (and by the nominators and judges, elsewhere tested). */
  const auth = () => ({ authorization: `Bearer ${api}` });
  const institutionId = async () =>
    ((await t.http.get('/api/public/institutions').expect(200)).body as { id: string; name: string }[]).find(
      (i) => i.name === INSTITUTION,
    )!.id;

  const submit = async (page: Page, button: string | RegExp) => {
    await page.getByRole('button', { name: button }).first().click();
    await page.waitForLoadState('load');
  };

  /** The page's main text (a refusal shows there, in the summary and beside its field). */
  const mainText = async (page: Page) =>
    (await page.locator('main').textContent())?.replace(/\s+/g, ' ') ?? '';

  const notice = async (page: Page) => {
    const box = page.locator('.notice[role="status"]').first();
    if ((await box.count()) === 0) {
      const text = await page.locator('main').textContent();
      return `no notice at ${page.url()}; the page says: ${text?.replace(/\s+/g, ' ').slice(0, 500)}`;
    }
    return box.textContent();
  };

  /** A file behind a link of the page, fetched with the page's own session (its cookie). */
  const download = async (page: Page, link: string): Promise<{ name: string; bytes: Buffer }> => {
    const href = await page.getByRole('link', { name: link }).getAttribute('href');
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    const disposition = res.headers()['content-disposition'] ?? '';
    expect(disposition).toContain('attachment');
    return { name: /filename="([^"]+)"/.exec(disposition)?.[1] ?? '', bytes: await res.body() };
  };

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    api = await t.login();
    chrome = await launchChromium();
    const context = await newContext(chrome.browser, base, problems);
    contexts.push(context);
    organiser = await context.newPage();
    await organiser.goto('/entrar');
    await organiser.getByLabel('Correo electrónico').fill(ADMIN_EMAIL);
    await organiser.getByLabel('Contraseña').fill(ADMIN_PASSWORD);
    await organiser.getByRole('button', { name: 'Entrar', exact: true }).click();
    await organiser.waitForLoadState('load');
  });

  afterAll(async () => {
    walk.writeReport();
    for (const context of contexts) await context.close().catch(() => undefined);
    await chrome?.close();
    await t?.close();
  });

  it('the edition: created from its form with local times and states by name, its rubric edited live', async () => {
    // Nominations open since yesterday and close in three days; judging from the day after for nine days.
    const now = t.clock.now().getTime();
    const close = Math.floor((now + 3 * DAY) / 60_000) * 60_000;
    const dates = {
      nominationsOpenAt: now - DAY,
      nominationsCloseAt: close,
      judgingOpenAt: close + DAY,
      judgingCloseAt: close + 10 * DAY,
      announcementAt: close + 20 * DAY,
    };
    await organiser.goto('/organizacion');
    await organiser.getByRole('link', { name: 'Nueva edición' }).click();
    await organiser.waitForLoadState('load');
    await check(organiser, 'nueva edición');
    await organiser.getByLabel(/^Nombre/).fill('Reconocimientos de prueba 2026');
    await organiser.getByLabel(/^Año/).fill('2026');
    await organiser.getByLabel('Zona horaria').selectOption('America/Mexico_City');
    const labels: Record<keyof typeof dates, string> = {
      nominationsOpenAt: 'Apertura de postulaciones',
      nominationsCloseAt: 'Cierre de postulaciones',
      judgingOpenAt: 'Inicio de la evaluación',
      judgingCloseAt: 'Cierre de la evaluación',
      announcementAt: 'Anuncio de resultados',
    };
    for (const [field, at] of Object.entries(dates) as [keyof typeof dates, number][]) {
      await organiser.getByLabel(labels[field]).fill(mexicoCity(at));
    }
    for (const state of ['Ciudad de México', 'Jalisco', 'Oaxaca']) await organiser.getByLabel(state).check();
    // On by default; this edition is run by one organiser (four eyes: test/medium/governance/four-eyes.medium-spec.ts).
    expect(await organiser.getByLabel(/^Cuatro ojos/).isChecked()).toBe(true);
    await organiser.getByLabel(/^Cuatro ojos/).uncheck();
    await submit(organiser, 'Crear edición');
    expect(await notice(organiser)).toContain('Edición creada');
    expect(await mainText(organiser)).toContain('Ciudad de México, Jalisco, Oaxaca');
    const editionId = /ediciones\/([0-9a-f-]{36})/.exec(organiser.url())![1];
    // What the API stored: the wall-clock times read in Mexico City (UTC−06:00), to the minute.
    const stored = (await t.http.get(`/api/editions/${editionId}`).set(auth()).expect(200)).body;
    expect(stored.nominationsCloseAt).toBe(new Date(close).toISOString());
    await organiser.getByRole('link', { name: 'Editar nombre, fechas y entidades' }).click();
    await organiser.waitForLoadState('load');
    await check(organiser, 'editar edición');
    expect(await organiser.getByLabel('Cierre de postulaciones').inputValue()).toBe(mexicoCity(close));

    // The local track's settings, from the edition page.
    await organiser.goto(`/organizacion/ediciones/${editionId}`);
    const local = organiser.locator('section.card', { hasText: 'LOCAL_OPEN_GOV' });
    await local.getByRole('link', { name: /configuración/i }).click();
    await organiser.waitForLoadState('load');
    const localTrackId = /categorias\/([0-9a-f-]{36})/.exec(organiser.url())![1];
    edition = { editionId, localTrackId, federalTrackId: '', nominationsCloseAt: new Date(close) };
    await check(organiser, 'configuración de categoría');
    const live = organiser.locator('#rubric-live');
    expect(await live.textContent()).toContain('Rúbrica sin problemas');
    // A scale whose maximum is below its minimum is named while typing, before any save.
    const max = organiser.locator('[name="rubric.0.max"]');
    const kept = await max.inputValue();
    await max.fill('-1');
    // The scale, and every guidance level now outside it.
    expect(await live.textContent()).toMatch(/La rúbrica tiene \d+ problema/);
    expect(
      await organiser.locator('fieldset.criterion').first().locator('.live-problems').textContent(),
    ).toContain('el máximo debe ser un número mayor que el mínimo');
    expect(await max.getAttribute('aria-invalid')).toBe('true');
    await check(organiser, 'rúbrica con un problema');
    await max.fill(kept);
    expect(await live.textContent()).toContain('Rúbrica sin problemas');
    const weight = organiser.locator('[name="rubric.0.weight"]');
    const heavier = String(Number(await weight.inputValue()) + 1);
    await weight.fill(heavier);
    expect(
      await organiser.locator('fieldset.criterion').first().locator('.live-share').textContent(),
    ).toMatch(/pesa el [\d.,]+ % del total/);
    await organiser.getByLabel(/^Jurados por postulación/).fill('1');
    await organiser.getByLabel(/^Quórum/).fill('1');
    await submit(organiser, 'Guardar configuración');
    expect(await notice(organiser)).toContain('guardad');
    expect(await organiser.getByLabel(/^Jurados por postulación/).inputValue()).toBe('1');
    expect(await organiser.locator('[name="rubric.0.weight"]').inputValue()).toBe(heavier);

    // The home page lists the open call with its rubric (the details opened, so axe sees the table).
    await organiser.goto('/');
    await organiser.locator('section[aria-labelledby="convocatorias"] details summary').first().click();
    await check(organiser, 'inicio con convocatorias');
  });

  it('institutions: registered, found by search, a duplicate merged with confirmation', async () => {
    await organiser.goto('/organizacion/instituciones');
    await check(organiser, 'instituciones');
    await organiser.locator('#f-name').fill(INSTITUTION);
    await organiser.locator('#f-kind').selectOption('ORGANISMO_GARANTE');
    await organiser.locator('#f-level').selectOption('STATE');
    await organiser.locator('#f-stateCode').selectOption('20');
    await submit(organiser, 'Registrar institución');
    expect(await notice(organiser)).toContain('Institución registrada');
    await check(organiser, 'institucion');

    await organiser.goto('/organizacion/instituciones');
    await organiser.locator('#f-name').fill('Instituto Transparencia Oaxaca (duplicado)');
    await organiser.locator('#f-kind').selectOption('ORGANISMO_GARANTE');
    await organiser.locator('#f-level').selectOption('STATE');
    await organiser.locator('#f-stateCode').selectOption('20');
    await submit(organiser, 'Registrar institución');
    await organiser.locator('#f-intoId').selectOption({ label: `${INSTITUTION} (20)` });
    await submit(organiser, 'Fusionar y eliminar el duplicado');
    expect(await organiser.locator('#f-confirm-error').textContent()).toContain('confirmar la fusión');
    await check(organiser, 'fusion-sin-confirmar');
    await organiser.locator('#f-intoId').selectOption({ label: `${INSTITUTION} (20)` });
    await organiser.locator('#f-confirm').check();
    await submit(organiser, 'Fusionar y eliminar el duplicado');
    expect(await notice(organiser)).toContain('fusionad');

    await organiser.goto('/organizacion/instituciones?q=oaxaca');
    const rows = await organiser.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(INSTITUTION);
  });

  it('accounts: judges created, one nominator approved and another rejected with a reason', async () => {
    // The nominators register themselves (their own form is tested elsewhere), choosing the institution.
    const oaxaca = await institutionId();
    for (const n of NOMINATORS) {
      await t.http
        .post('/api/auth/register')
        .send({ email: n.email, name: n.name, password: PASSWORD, institutionId: oaxaca })
        .expect(201);
    }
    await organiser.goto('/organizacion/usuarios');
    for (const judge of JUDGES) {
      await organiser.locator('#f-name').fill(judge.name);
      await organiser.locator('#f-email').fill(judge.email);
      await organiser.locator('#f-role').selectOption('JUDGE');
      await organiser.locator('#f-password').fill(PASSWORD);
      await submit(organiser, 'Crear cuenta');
      expect(await notice(organiser)).toContain('Cuenta creada');
    }
    await organiser.goto('/organizacion/usuarios?estado=PENDING');
    await check(organiser, 'cuentas-pendientes');
    await submit(organiser, `Aprobar ${NOMINATORS[0].name}`);
    expect(await notice(organiser)).toContain('Cuenta aprobada');
    await organiser.goto('/organizacion/usuarios?estado=PENDING');
    await organiser.getByRole('link', { name: NOMINATORS[1].name }).click();
    await organiser.waitForLoadState('load');
    await check(organiser, 'cuenta-pendiente');
    await submit(organiser, `Rechazar cuenta ${NOMINATORS[1].name}`);
    expect(await mainText(organiser)).toContain('debe tener al menos 3 caracteres');
    await organiser
      .getByLabel(`Motivo del rechazo de ${NOMINATORS[1].name}`)
      .fill('No acreditó su vínculo con la institución');
    await submit(organiser, `Rechazar cuenta ${NOMINATORS[1].name}`);
    expect(await notice(organiser)).toContain('Registro rechazado');
    expect(await organiser.locator('main').textContent()).toContain('No acreditó su vínculo');
    await check(organiser, 'cuenta-rechazada');
    await organiser.goto('/organizacion/usuarios?q=dudoso');
    expect(await organiser.locator('tbody').textContent()).toContain('Rechazada');
    await check(organiser, 'cuentas-busqueda');
  });

  it('nominations: searched and sorted; an extension granted to a draft', async () => {
    const nominator = await t.login(NOMINATORS[0].email, PASSWORD);
    const oaxaca = await institutionId();
    for (const [i, title] of [
      'Parlamento abierto de Oaxaca',
      'Datos abiertos municipales',
      'Borrador tardío',
    ].entries()) {
      const created = await t.http
        .post('/api/nominations')
        .set('authorization', `Bearer ${nominator}`)
        .send(nominationBody(edition.localTrackId, oaxaca, { title, stateCode: '09' }))
        .expect(201);
      nominations.push({ id: created.body.id, key: created.body.key, title });
      if (i < 2) {
        await t.http
          .post(`/api/nominations/${created.body.id}/submit`)
          .set('authorization', `Bearer ${nominator}`)
          .expect(200);
      }
    }
    await organiser.goto(`/organizacion/ediciones/${edition.editionId}/postulaciones?q=parlamento`);
    await check(organiser, 'postulaciones-organizacion');
    expect(await organiser.locator('tbody tr').count()).toBe(1);
    await organiser.goto(
      `/organizacion/ediciones/${edition.editionId}/postulaciones?orden=title&sentido=desc`,
    );
    const titles = await organiser.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(titles.map((s) => s.trim())).toEqual([...nominations.map((n) => n.title)].sort().reverse());

    await organiser.getByRole('link', { name: `Conceder prórroga ${nominations[2].key}` }).click();
    await organiser.waitForLoadState('load');
    await check(organiser, 'prorroga');
    await organiser.locator('#f-until').fill('2020-01-01T10:00');
    await submit(organiser, 'Conceder prórroga');
    expect(await mainText(organiser)).toContain('debe ser un instante futuro');
    const later = new Date(edition.nominationsCloseAt.getTime() + 2 * DAY);
    const local = new Date(later.getTime() - 6 * HOUR).toISOString().slice(0, 16); // Mexico City, UTC−06:00
    await organiser.locator('#f-until').fill(local);
    await submit(organiser, 'Conceder prórroga');
    expect(await notice(organiser)).toContain('Prórroga concedida');
    const stored = await t.http.get(`/api/nominations/${nominations[2].id}`).set(auth()).expect(200);
    expect(new Date(stored.body.extendedUntil).toISOString()).toBe(
      new Date(`${local}:00-06:00`).toISOString(),
    );
  });

  it('judging: panel, one manual assignment refused for a conflict (named), one made, then automatic', async () => {
    await organiser.goto(`/organizacion/categorias/${edition.localTrackId}/panel`);
    for (const judge of JUDGES) await organiser.getByLabel(judge.name, { exact: true }).check();
    await submit(organiser, 'Guardar panel');
    expect(await notice(organiser)).toContain('Panel guardado');
    // Diana advised the first practice: a conflict declared on the panel page.
    await organiser.locator('#f-judgeId').selectOption({ label: JUDGES[0].name });
    await organiser
      .locator('#f-nominationId')
      .selectOption({ label: `${nominations[0].key} · ${nominations[0].title}` });
    await organiser.locator('#f-reason').fill('Asesoró el proyecto');
    await submit(organiser, 'Declarar conflicto');
    expect(await notice(organiser)).toContain('Conflicto');
    await check(organiser, 'panel-conflicto');

    await organiser.goto(`/organizacion/categorias/${edition.localTrackId}/asignacion-manual`);
    await organiser
      .locator('#f-nominationId')
      .selectOption({ label: `${nominations[0].key} · ${nominations[0].title}` });
    await organiser.locator('#f-judgeId').selectOption({ label: JUDGES[0].name });
    await submit(organiser, 'Asignar jurado');
    expect(await mainText(organiser)).toContain('Conflicto de interés: conflicto declarado');
    await check(organiser, 'asignacion-rechazada');

    await organiser
      .locator('#f-nominationId')
      .selectOption({ label: `${nominations[0].key} · ${nominations[0].title}` });
    await organiser.locator('#f-judgeId').selectOption({ label: JUDGES[1].name });
    await submit(organiser, 'Asignar jurado');
    expect(await notice(organiser)).toContain('Jurado asignado');
    await check(organiser, 'asignacion-manual');
    await organiser.goto(`/organizacion/categorias/${edition.localTrackId}/asignaciones`);
    await submit(organiser, 'Asignar automáticamente');
    expect(await organiser.locator('#informe-seccion').textContent()).toContain('Se crearon 1 asignaciones');
    await check(organiser, 'asignaciones');

    // The judges score (their own pages are tested elsewhere): through the API, in the judging window.
    t.clock.set(new Date(edition.nominationsCloseAt.getTime() + DAY + HOUR));
    for (const judge of JUDGES) {
      const token = await t.login(judge.email, PASSWORD);
      const queue = (
        await t.http.get('/api/judge/assignments').set('authorization', `Bearer ${token}`).expect(200)
      ).body;
      for (const a of queue) {
        const full = (
          await t.http.get(`/api/assignments/${a.id}`).set('authorization', `Bearer ${token}`).expect(200)
        ).body;
        // Distinct totals (no tie to resolve): the first nomination gets the top score.
        const top = full.nomination.id === nominations[0].id;
        const scores = Object.fromEntries(
          full.track.rubric.map((c: { key: string; max: number }) => [c.key, top ? c.max : c.max - 1]),
        );
        await t.http
          .post(`/api/assignments/${a.id}/score-sheet/submit`)
          .set('authorization', `Bearer ${token}`)
          .send({ scores })
          .expect(200);
      }
    }
  });

  it('exports: XLSX and CSV downloaded from the page, opened and checked', async () => {
    await organiser.goto(`/organizacion/ediciones/${edition.editionId}/exportaciones`);
    await check(organiser, 'exportaciones');

    const xlsx = await download(organiser, 'XLSX — Postulaciones');
    expect(xlsx.name).toMatch(/^nominations-.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Postulaciones']);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('clave_postulacion');
    const known = sheet.getColumn(1).values.indexOf(nominations[0].key);
    expect(known).toBeGreaterThan(1);
    expect(sheet.getRow(known).getCell(5).value).toBe('09');
    expect(sheet.getRow(known).getCell(5).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(known).getCell(7).value).toBe(nominations[0].title);

    const csv = await download(organiser, 'CSV — Evaluaciones por criterio');
    const [header, ...rows] = await parseCsv(csv.bytes.toString('utf8'));
    expect(header.slice(0, 4)).toEqual(['categoria_reconocimiento', 'clave_postulacion', 'titulo', 'jurado']);
    expect(rows.some((r) => r[1] === nominations[0].key && r[3] === JUDGES[1].name)).toBe(true);
  });

  it('audit: the trail filtered by action, and the chain verified', async () => {
    await organiser.goto('/organizacion/auditoria?accion=user.reject');
    await check(organiser, 'auditoria');
    const rows = await organiser.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('user.reject');
    await submit(organiser, 'Verificar cadena');
    expect(await organiser.locator('#verificacion').textContent()).toContain('Cadena íntegra');
    await check(organiser, 'auditoria-verificada');
  });

  it('judging closed early, then sealed and published, each typed to confirm; cloned; archived', async () => {
    await organiser.goto(`/organizacion/ediciones/${edition.editionId}`);
    // Every sheet is in, days before the planned close: the organiser closes judging, with the reason.
    expect(await mainText(organiser)).toContain('La evaluación sigue abierta');
    await organiser
      .getByLabel(/^Motivo del cierre anticipado/)
      .fill('Todas las hojas asignadas fueron enviadas.');
    await submit(organiser, 'Cerrar la evaluación ahora');
    expect(await notice(organiser)).toContain('Evaluación cerrada antes de tiempo');
    await check(organiser, 'evaluación cerrada');
    // The box is required (the browser asks for it); a wrong word comes back from the server, nothing sealed.
    await organiser.getByLabel(/Escriba SELLAR/).fill('quizá');
    await submit(organiser, 'Sellar resultados');
    expect(await mainText(organiser)).toContain('escriba SELLAR para confirmar');
    expect((await t.http.get(`/api/editions/${edition.editionId}`).set(auth())).body.finalizedAt).toBeNull();
    await organiser.getByLabel(/Escriba SELLAR/).fill('SELLAR');
    await submit(organiser, 'Sellar resultados');
    expect(await notice(organiser)).toContain('Resultados sellados');
    await organiser.getByLabel(/Escriba PUBLICAR/).fill('PUBLICAR');
    await submit(organiser, 'Publicar resultados');
    expect(await notice(organiser)).toContain('Resultados publicados');
    await check(organiser, 'edición publicada');
    // Clone from the page.
    await organiser.getByLabel('Año de la nueva edición').fill('2027');
    await submit(organiser, 'Clonar edición');
    expect(await notice(organiser)).toContain('Edición clonada');
    nextYearId = /ediciones\/([0-9a-f-]{36})/.exec(organiser.url())![1];
    expect(nextYearId).not.toBe(edition.editionId);
    const clone = await t.http.get(`/api/editions/${nextYearId}`).set(auth()).expect(200);
    expect(clone.body.year).toBe(2027);
    // The sealed edition is archived from its page: off the dashboard, listed apart.
    await organiser.goto(`/organizacion/ediciones/${edition.editionId}`);
    await submit(organiser, 'Archivar edición');
    expect(await notice(organiser)).toContain('Edición archivada');
    await check(organiser, 'edición archivada');
    await organiser.goto('/organizacion?archivadas=1');
    expect(await mainText(organiser)).toContain('Ediciones archivadas.');
  });

  it('bundles: an edition exported from its page and imported again (refused on its key, then as a copy)', async () => {
    // The next year's edition: a finalised one keeps its key (part of its seal) and is not copied under another.
    await organiser.goto(`/organizacion/ediciones/${nextYearId}/exportaciones`);
    const bundle = await download(organiser, 'Descargar paquete (JSON)');
    const key = JSON.parse(bundle.bytes.toString('utf8')).edition.key as string;

    await organiser.goto('/organizacion/importar');
    await check(organiser, 'importar');
    await organiser.locator('#f-file').setInputFiles({
      name: 'roto.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"formatVersion":1,"edition":{}}'),
    });
    await submit(organiser, 'Importar');
    expect(await mainText(organiser)).toContain('edition.');
    await check(organiser, 'importar-errores');

    await organiser
      .locator('#f-file')
      .setInputFiles({ name: 'paquete.json', mimeType: 'application/json', buffer: bundle.bytes });
    await submit(organiser, 'Importar');
    expect(await organiser.locator('main').textContent()).toContain(key);
    await check(organiser, 'importar-clave-existente');
    await organiser.locator('#f-asKey').fill(`${key}-copia`);
    await organiser
      .locator('#f-file')
      .setInputFiles({ name: 'paquete.json', mimeType: 'application/json', buffer: bundle.bytes });
    await submit(organiser, 'Importar como copia');
    expect(await notice(organiser)).toContain('importada');
    expect(new URL(organiser.url()).pathname).toMatch(/^\/organizacion\/ediciones\/[\w-]{36}$/);
  });

  it('has no accessibility violation on any console page, no CSP violation and no page error', () => {
    expect(consolePages.length).toBeGreaterThanOrEqual(12);
    expect(consolePages.flatMap((r) => r.violations.map((v) => `${r.page}: ${v.id} ${v.help}`))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
