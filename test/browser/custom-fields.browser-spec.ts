import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { NominationEntity } from '../../src/database/schema/nomination.entity';
import { Role } from '../../src/database/schema/user.entity';
import { FACTORY_PASSWORD, newJudge, newUser } from '../support/factories';
import { newInstitution, openEdition, PDF_BYTES } from '../support/intake-fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';
import { ChromiumSession, describeWithChromium, launchChromium, newContext, Walk } from './support/browser';

jest.setTimeout(300_000);

/**
 * Custom nomination fields from the pages (issue 17, item 4): the organiser defines them from the track settings
 * (a bad range refused first), a nominator fills them in (one value refused, nothing stored), attaches the file a
 * field asks for and submits; the judge of the blind track sees the values but not the identifying one; the
 * nominations XLSX carries them. axe-core on each page.
 */
describeWithChromium('custom nomination fields from the pages', () => {
  let t: TestApp;
  let chrome: ChromiumSession;
  let base: string;
  const walk = new Walk();
  const problems: string[] = [];
  let trackId: string;
  let editionId: string;
  let nominationId: string;
  let judgeId: string;
  const nominator = { name: 'Nora Campos', email: 'nora.campos@example.org' };
  const judge = { name: 'Julia Jurado', email: 'julia.jurado@example.org' };

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
    await page.getByRole('button', { name: button, exact: true }).first().click();
    await page.waitForLoadState('load');
  }

  async function fillRow(page: Page, i: number, values: Record<string, string>): Promise<void> {
    for (const [prop, value] of Object.entries(values)) {
      const control = page.locator(`#f-fields-${i}-${prop}`);
      if (prop === 'type') await control.selectOption(value);
      else await control.fill(value);
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    const organiser = await t.login();
    const edition = await openEdition(t, organiser);
    editionId = edition.editionId;
    trackId = edition.localTrackId;
    const cdmx = await newInstitution(t, organiser, { name: 'Alcaldía de Campos', stateCode: '09' });
    await newUser(t, Role.NOMINATOR, { ...nominator, institutionId: cdmx });
    judgeId = (await newJudge(t, [{ stateCode: '14' }], judge)).id;
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    chrome = await launchChromium();
  });

  afterAll(async () => {
    walk.writeReport();
    await chrome?.close();
    await t?.close();
  });

  it('the organiser defines the fields from the track settings; a bad range is refused on its row', async () => {
    const page = await signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.goto(`/organizacion/categorias/${trackId}/configuracion`);
    await page.getByRole('link', { name: 'Campos adicionales del formulario de postulación' }).click();
    await page.waitForLoadState('load');
    await walk.check(page, 'campos vacio');

    await fillRow(page, 0, {
      key: 'presupuesto',
      type: 'NUMBER',
      labelEs: 'Presupuesto ejercido (pesos)',
      labelEn: 'Budget spent (pesos)',
      min: '5',
      max: '1',
    });
    await page.locator('#f-fields-0-required').check();
    await submit(page, 'Guardar campos');
    expect(await page.locator('#f-fields-0-max-error').textContent()).toContain(
      'debe ser mayor o igual que min',
    );
    await walk.check(page, 'campos error');

    await page.locator('#f-fields-0-min').fill('0');
    await page.locator('#f-fields-0-max').fill('1000000');
    await submit(page, 'Guardar campos');
    expect(await page.textContent('main')).toContain('Campo nuevo');
    await fillRow(page, 1, {
      key: 'nivel',
      type: 'CHOICE',
      labelEs: 'Nivel de gobierno',
      labelEn: 'Level of government',
      options: 'municipal | Municipal | Municipal\nestatal | Estatal | State',
    });
    await page.locator('#f-fields-1-required').check();
    await submit(page, 'Guardar campos');
    await fillRow(page, 2, {
      key: 'oficina',
      type: 'SHORT_TEXT',
      labelEs: 'Oficina responsable',
      labelEn: 'Responsible office',
      helpEs: 'El área que coordina la práctica.',
    });
    await page.locator('#f-fields-2-identifying').check();
    await submit(page, 'Guardar campos');
    await fillRow(page, 3, { key: 'plan', type: 'FILE', labelEs: 'Plan de trabajo', labelEn: 'Work plan' });
    await page.locator('#f-fields-3-fileTypes-pdf').check();
    await page.locator('#f-fields-3-required').check();
    await submit(page, 'Guardar campos');
    await walk.check(page, 'campos definidos');
    const saved = await t.http
      .get(`/api/tracks/${trackId}/fields`)
      .set({ authorization: `Bearer ${await t.login()}` })
      .expect(200);
    expect(saved.body.fields.map((f: { key: string }) => f.key)).toEqual([
      'presupuesto',
      'nivel',
      'oficina',
      'plan',
    ]);
  });

  it('a nominator fills them in: a value out of range is refused next to its field and nothing is stored', async () => {
    const page = await signIn(nominator.email, FACTORY_PASSWORD);
    await page.goto(`/postulaciones/nueva?convocatoria=${trackId}`);
    await page.locator('#f-nomineeInstitutionId').selectOption({ label: 'Alcaldía de Campos (09)' });
    await page.locator('#f-stateCode').selectOption('09');
    await page.locator('#f-title').fill('Presupuesto abierto de la Alcaldía');
    await page
      .locator('#f-summary')
      .fill('Un ejercicio de presupuesto participativo abierto a la ciudadanía.');
    await page
      .locator('#f-description')
      .fill('Compromisos específicos, medibles y con resultados verificables sobre el problema público.');
    await page.locator('#f-contactName').fill(nominator.name);
    await page.locator('#f-contactEmail').fill(nominator.email);
    await page.getByLabel(/Presupuesto ejercido/).fill('-5');
    await page.getByLabel(/Nivel de gobierno/).selectOption('municipal');
    await page.getByLabel(/Oficina responsable/).fill('Dirección de Participación Ciudadana');
    await walk.check(page, 'postulacion con campos');
    await submit(page, 'Crear borrador');
    expect(await page.locator('#f-fields-presupuesto-error').textContent()).toContain(
      'debe estar entre 0–1000000',
    );
    expect(await page.locator('#f-fields-presupuesto').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.error-summary').textContent()).toContain('Presupuesto ejercido (pesos)');
    expect(await t.db.read((m) => m.count(NominationEntity))).toBe(0);
    await walk.check(page, 'postulacion campo rechazado');

    await page.getByLabel(/Presupuesto ejercido/).fill('1500000'.slice(0, 6));
    await submit(page, 'Crear borrador');
    nominationId = /\/postulaciones\/([\w-]{36})/.exec(page.url())![1];

    // The required file is missing: the submission is refused, naming the field.
    await submit(page, 'Enviar postulación');
    expect(await page.locator('.error-summary').textContent()).toContain('Plan de trabajo');
    await page.locator('#f-fields-plan').setInputFiles({
      name: 'plan.pdf',
      mimeType: 'application/pdf',
      buffer: PDF_BYTES,
    });
    await submit(page, 'Adjuntar');
    expect(await page.textContent('main')).toContain('plan.pdf');
    await walk.check(page, 'borrador con campos');
    await submit(page, 'Enviar postulación');
    expect(new URL(page.url()).pathname).toBe(`/postulaciones/${nominationId}/acuse`);
    const stored = await t.db.read((m) => m.findOneByOrFail(NominationEntity, { id: nominationId }));
    expect(stored.customFields).toEqual({
      presupuesto: 150000,
      nivel: 'municipal',
      oficina: 'Dirección de Participación Ciudadana',
    });
  });

  it('the judge of the blind track sees the values but not the identifying one', async () => {
    const api = { authorization: `Bearer ${await t.login()}` };
    await t.http
      .put(`/api/tracks/${trackId}/panel`)
      .set(api)
      .send({ members: [{ judgeId }] })
      .expect(200);
    const assignment = await t.http
      .post(`/api/tracks/${trackId}/assignments`)
      .set(api)
      .send({ nominationId, judgeId })
      .expect(201);
    const page = await signIn(judge.email, FACTORY_PASSWORD);
    await page.goto(`/jurado/asignaciones/${assignment.body.id}`);
    const section = await page.textContent('section[aria-labelledby="postulacion"]');
    expect(section).toContain('Presupuesto ejercido (pesos)');
    expect(section).toContain('150,000');
    expect(section).toContain('Nivel de gobierno');
    expect(section).toContain('Municipal');
    expect(section).toContain('Plan de trabajo');
    expect(section).not.toContain('Oficina responsable');
    expect(section).not.toContain('Participación Ciudadana');
    await walk.check(page, 'hoja de jurado con campos');
  });

  it('the nominations XLSX export carries one column per field', async () => {
    const xlsx = await t.http
      .get(`/api/editions/${editionId}/exports/nominations.xlsx`)
      .set({ authorization: `Bearer ${await t.login()}` })
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('campo_presupuesto')).toBe(150000);
    expect(cell('campo_nivel')).toBe('Municipal');
    expect(cell('campo_oficina')).toBe('Dirección de Participación Ciudadana');
    expect(cell('campo_plan')).toMatch(/^plan\.pdf \(sha256 [0-9a-f]{64}\)$/);

    expect(walk.axe.flatMap((r) => r.violations.map((v) => `${r.page}: ${v.id} ${v.help}`))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
