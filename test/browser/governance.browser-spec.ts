import type { Page } from 'playwright-core';
import { OutboxMessageEntity } from '../../src/database/schema/outbox-message.entity';
import { Role } from '../../src/database/schema/user.entity';
import { FACTORY_PASSWORD, newUser } from '../support/factories';
import { DELIBERATION } from '../support/judged-bundle';
import { importJudgedEdition } from '../support/judged-edition';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';
import { ChromiumSession, describeWithChromium, launchChromium, newContext, Walk } from './support/browser';

jest.setTimeout(300_000);

/**
 * Governance and personal data from the pages: the seal proposed by one organiser and confirmed by another
 * (four eyes); a person's cancellation request filed from their page and carried out from the queue; an
 * account rectified and erased from its page; the audit trail still verifying with the seal's anchor.
 * axe-core finds no violation on any of these pages.
 */
describeWithChromium('governance and personal data: four eyes, ARCO and erasure from the pages', () => {
  let t: TestApp;
  let chrome: ChromiumSession;
  let base: string;
  let editionId: string;
  const walk = new Walk();
  const problems: string[] = [];
  const people = {
    second: { name: 'Beatriz Segunda', email: 'beatriz.segunda@example.org' },
    person: { name: 'Casimiro Solicitante', email: 'casimiro.solicitante@example.org' },
    judge: { name: 'Dolores Juzgadora', email: 'dolores.juzgadora@example.org' },
  };
  let judgeId: string;

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
    t = await startTestApp({ now: DELIBERATION.toISOString() });
    const api = await t.login();
    ({ editionId } = await importJudgedEdition(t, api));
    await t.http
      .patch(`/api/editions/${editionId}`)
      .set({ authorization: `Bearer ${api}` })
      .send({ fourEyes: true })
      .expect(200);
    await newUser(t, Role.ORGANISER, people.second);
    await newUser(t, Role.NOMINATOR, people.person);
    judgeId = (await newUser(t, Role.JUDGE, people.judge)).id;
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    chrome = await launchChromium();
  });

  afterAll(async () => {
    walk.writeReport();
    await chrome?.close();
    await t?.close();
  });

  it('four eyes: one organiser proposes the seal, another confirms it', async () => {
    const first = await signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await first.goto(`/organizacion/ediciones/${editionId}`);
    await first.getByLabel(/Escriba SELLAR/).fill('SELLAR');
    await submit(first, 'Sellar resultados');
    expect(await first.textContent('body')).toContain('Sellado propuesto');
    expect(await first.textContent('#propuestas ~ *, body')).toContain(
      'espera la confirmación de otra persona',
    );
    await walk.check(first, 'propuesta de sellado');

    const second = await signIn(people.second.email, FACTORY_PASSWORD);
    await second.goto(`/organizacion/ediciones/${editionId}`);
    await second.getByRole('button', { name: /Confirmar y aplicar/ }).click();
    await second.waitForLoadState('load');
    expect(await second.textContent('body')).toContain('Propuesta confirmada y aplicada.');
    expect(await second.locator('code.hash').first().textContent()).toMatch(/^[0-9a-f]{64}$/);
    await walk.check(second, 'sello confirmado');
  });

  it('four eyes: a correction opened from the edition page waits for the other organiser', async () => {
    const first = await signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await first.goto(`/organizacion/ediciones/${editionId}`);
    await first.getByText('Abrir una corrección de los resultados sellados').click();
    await first.getByLabel(/Fe de erratas/).fill('Se revisa la hoja de un jurado de L-2.');
    await walk.check(first, 'abrir corrección');
    await submit(first, 'Abrir la corrección');
    expect(await first.textContent('body')).toContain('Cambio propuesto');
    const second = await signIn(people.second.email, FACTORY_PASSWORD);
    await second.goto(`/organizacion/ediciones/${editionId}`);
    await second.getByRole('button', { name: /Confirmar y aplicar/ }).click();
    await second.waitForLoadState('load');
    expect(await second.textContent('body')).toContain('Corrección abierta desde el');
    expect(await second.getByRole('button', { name: 'Sellar resultados' }).count()).toBe(1);
    await walk.check(second, 'corrección abierta');
  });

  it('a cancellation request is filed by the person and carried out from the queue', async () => {
    const person = await signIn(people.person.email, FACTORY_PASSWORD);
    await person.goto('/cuenta/solicitudes');
    await person.getByLabel('Derecho que ejerce').selectOption({ label: 'Cancelación' });
    await person.getByLabel('Qué solicita').fill('Pido que se supriman todos mis datos personales.');
    await submit(person, 'Enviar solicitud');
    expect(await person.textContent('body')).toContain('Solicitud enviada');
    await walk.check(person, 'mis solicitudes');

    const organiser = await signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await organiser.goto('/organizacion/solicitudes-datos');
    const card = organiser.locator('article.card', { hasText: people.person.name });
    await card.getByLabel('Respuesta').fill('Sus datos personales fueron suprimidos.');
    await card.getByLabel(/Suprimir sus datos personales al responder/).check();
    await walk.check(organiser, 'cola de solicitudes');
    await card.getByRole('button', { name: /Responder/ }).click();
    await organiser.waitForLoadState('load');
    expect(await organiser.textContent('body')).toContain('Solicitud respondida.');
    expect(await organiser.textContent('body')).not.toContain(people.person.email);
    await t.http
      .post('/api/auth/login')
      .send({ email: people.person.email, password: FACTORY_PASSWORD })
      .expect(401);
  });

  it('an account is rectified, then erased after the typed confirmation', async () => {
    const organiser = await signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await organiser.goto(`/organizacion/usuarios/${judgeId}`);
    await organiser.getByLabel(/^Nombre/).fill('Dolores Juzgadora Ríos');
    await submit(organiser, 'Guardar la rectificación');
    expect(await organiser.textContent('body')).toContain('Datos rectificados');
    expect(await organiser.locator('h1').textContent()).toBe('Dolores Juzgadora Ríos');
    await organiser.getByLabel(/escriba SUPRIMIR/).fill('borrar');
    await submit(organiser, 'Suprimir datos personales');
    expect(await organiser.textContent('.error-summary')).toContain('SUPRIMIR');
    await walk.check(organiser, 'cuenta con error');
    await organiser.getByLabel(/escriba SUPRIMIR/).fill('SUPRIMIR');
    await submit(organiser, 'Suprimir datos personales');
    expect(await organiser.textContent('body')).toContain('Datos personales suprimidos');
    expect(await organiser.locator('h1').textContent()).toBe('Cuenta suprimida');
    await walk.check(organiser, 'cuenta suprimida');

    await organiser.goto('/organizacion/auditoria?verificar=1');
    const verdict = await organiser.textContent('section[aria-labelledby="verificacion"]');
    expect(verdict).toContain('Cadena íntegra');
    expect(verdict).toContain('Sellos cuyo punto de la cadena se encontró: 1 de 1.');
    expect(verdict).toMatch(/0 alterados/);
    await walk.check(organiser, 'bitácora verificada');
  });

  it('without an account: the public form, the mailed link’s page, the request in the queue', async () => {
    const visitor = await (await newContext(chrome.browser, base, problems)).newPage();
    await visitor.goto('/aviso-de-privacidad');
    await visitor.getByRole('link', { name: /Presentar una solicitud sobre sus datos personales/ }).click();
    await visitor.waitForLoadState('load');
    expect(new URL(visitor.url()).pathname).toBe('/solicitudes-datos');
    await visitor.getByLabel(/Su correo electrónico/).fill('tomasa.contacto@example.org');
    await visitor.getByLabel('Derecho que ejerce').selectOption({ label: 'Acceso' });
    await visitor.getByLabel('Qué solicita').fill('Quiero saber qué datos guardan sobre mí.');
    await submit(visitor, 'Enviar solicitud');
    expect(await visitor.textContent('body')).toContain('recibirá un enlace para confirmar la solicitud');
    await walk.check(visitor, 'solicitud sin cuenta');
    const [mail] = await t.db.read((m) =>
      m.find(OutboxMessageEntity, { where: { toAddress: 'tomasa.contacto@example.org' } }),
    );
    const link = /https?:\/\/[^\s]+\/solicitudes-datos\/confirmar\?token=[\w-]+/.exec(mail.textBody)![0];
    await visitor.goto(new URL(link).pathname + new URL(link).search);
    await walk.check(visitor, 'confirmar solicitud');
    await submit(visitor, 'Confirmar la solicitud');
    expect(await visitor.textContent('body')).toContain('Solicitud presentada');

    const organiser = await signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await organiser.goto('/organizacion/solicitudes-datos');
    const card = organiser.locator('article.card', { hasText: 'tomasa.contacto@example.org' });
    expect(await card.textContent()).toContain('por correo, sin cuenta');
    expect(
      await card.getByRole('link', { name: /Descargar lo que se guarda con esta dirección/ }).count(),
    ).toBe(1);
  });

  it('no axe violation and no page error on these pages', () => {
    expect(walk.axe.flatMap((r) => r.violations.map((v) => `${r.page}: ${v.id} ${v.help}`))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
