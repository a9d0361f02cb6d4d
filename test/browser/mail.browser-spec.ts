import type { BrowserContext, Page } from 'playwright-core';
import { Role } from '../../src/database/schema/user.entity';
import { newUser } from '../support/factories';
import { TestSmtpServer } from '../support/smtp-server';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';
import {
  AxeResult,
  ChromiumSession,
  describeWithChromium,
  launchChromium,
  newContext,
  runAxe,
} from './support/browser';
import { freePort } from '../support/free-port';

jest.setTimeout(180_000);

/** A port nobody listens on right now. */

const NEW_PASSWORD = 'Correo-Navegador-2026';
const INVITED = { name: 'Dora Jueza', email: 'dora.jueza@example.org' };

/**
 * "¿Olvidó su contraseña?", the invitation and the organisers' mailbox in Chromium, against a real SMTP server on
 * loopback: every link followed is the one in the message the server received. Each page passes axe-core.
 */
describeWithChromium('browser: forgotten password, invitation and the mailbox', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let chrome: ChromiumSession;
  let base: string;
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];
  const axe: AxeResult[] = [];

  const open = async (): Promise<Page> => {
    const context = await newContext(chrome.browser, base, problems);
    contexts.push(context);
    return context.newPage();
  };
  const check = async (page: Page, name: string) => {
    const result = await runAxe(page, name);
    axe.push(result);
    expect(result.violations.map((v) => `${name}: ${v.id} ${v.help}`)).toEqual([]);
  };
  const submit = async (page: Page, button: string) => {
    await page.getByRole('button', { name: button }).first().click();
    await page.waitForLoadState('load');
  };
  const signIn = async (page: Page, email: string, password: string) => {
    await page.goto('/entrar');
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByLabel('Contraseña').fill(password);
    await submit(page, 'Entrar');
  };
  /** The set-password link of the newest message to `email`, as the browser opens it. */
  const linkTo = async (email: string, count: number) => {
    const mails = await smtp.waitFor(count, (m) => m.to === email);
    const link = mails[count - 1].links.find((l) => l.includes('/contrasena/nueva?token='));
    expect(link?.startsWith(`${base}/contrasena/nueva?token=`)).toBe(true);
    return link!;
  };

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    // Links in messages must open this very server: its address is chosen before boot (PUBLIC_BASE_URL).
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await startTestApp({
      env: { SMTP_URL: smtp.url, MAIL_POLL_INTERVAL_MS: '100', PUBLIC_BASE_URL: base },
    });
    await t.app.listen(port, '127.0.0.1');
    chrome = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await chrome?.close();
    await t?.close();
    await smtp?.stop();
  });

  it('resets a forgotten password from the sign-in page, by the link in the received mail', async () => {
    const user = await newUser(t, Role.NOMINATOR, { email: 'olvido@example.org' });
    const page = await open();
    await page.goto('/entrar');
    await page.getByRole('link', { name: '¿Olvidó su contraseña?' }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe('/contrasena/olvido');
    await check(page, 'olvido');
    await page.getByLabel('Correo electrónico').fill(user.email);
    await submit(page, 'Enviar el enlace');
    const answer = await page.locator('.notice[role="status"]').textContent();
    expect(answer).toContain('Si la dirección corresponde a una cuenta');
    // An unknown address reads exactly the same.
    await page.getByLabel('Correo electrónico').fill('nadie@example.org');
    await submit(page, 'Enviar el enlace');
    expect(await page.locator('.notice[role="status"]').textContent()).toBe(answer);

    await page.goto(await linkTo(user.email, 1));
    expect(await page.locator('h1').textContent()).toBe('Elija una contraseña nueva');
    await check(page, 'contrasena-nueva');
    await page.getByLabel('Contraseña nueva').fill('corta');
    await page.getByLabel('Repita la contraseña').fill('corta');
    await submit(page, 'Guardar la contraseña');
    expect(await page.locator('.error-summary').textContent()).toContain('al menos 10 caracteres');
    await check(page, 'contrasena-nueva-error');
    await page.getByLabel('Contraseña nueva').fill(NEW_PASSWORD);
    await page.getByLabel('Repita la contraseña').fill(NEW_PASSWORD);
    await submit(page, 'Guardar la contraseña');
    expect(new URL(page.url()).pathname).toBe('/entrar');
    expect(await page.locator('.notice[role="status"]').textContent()).toBe(
      'Contraseña guardada. Ya puede entrar con ella.',
    );
    await signIn(page, user.email, NEW_PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/postulaciones');
    expect(smtp.to('nadie@example.org')).toHaveLength(0);
  });

  it('an organiser invites a judge, re-sends the invitation, reads it in the mailbox; the judge sets a password', async () => {
    const organiser = await open();
    await signIn(organiser, ADMIN_EMAIL, ADMIN_PASSWORD);
    await organiser.goto('/organizacion/usuarios');
    await organiser.locator('#f-name').fill(INVITED.name);
    await organiser.locator('#f-email').fill(INVITED.email);
    await organiser.locator('#f-role').selectOption('JUDGE');
    await submit(organiser, 'Crear cuenta');
    expect(await organiser.locator('.notice[role="status"]').textContent()).toContain('invitación');
    const first = await linkTo(INVITED.email, 1);
    await submit(organiser, `Reenviar la invitación de ${INVITED.name}`);
    expect(await organiser.locator('.notice[role="status"]').textContent()).toContain('invitación');
    await check(organiser, 'cuentas-invitacion');
    const second = await linkTo(INVITED.email, 2);
    expect(second).not.toBe(first);

    await organiser.goto('/organizacion/correo');
    await check(organiser, 'correo');
    await organiser
      .getByRole('link', { name: 'Invitación a Reconocimientos: cree su contraseña' })
      .first()
      .click();
    await organiser.waitForLoadState('load');
    expect(await organiser.locator('main').textContent()).toContain(INVITED.email);
    await check(organiser, 'correo-mensaje');

    const judge = await open();
    await judge.goto(first);
    expect(await judge.locator('main').textContent()).toContain('ya no es válido');
    await check(judge, 'enlace-no-valido');
    await judge.goto(second);
    expect(await judge.locator('h1').textContent()).toBe('Cree su contraseña');
    expect(await judge.locator('main').textContent()).toContain(INVITED.name);
    await judge.getByLabel('Contraseña nueva').fill(NEW_PASSWORD);
    await judge.getByLabel('Repita la contraseña').fill(NEW_PASSWORD);
    await submit(judge, 'Guardar la contraseña');
    expect(new URL(judge.url()).pathname).toBe('/entrar');
    expect(await judge.locator('.notice[role="status"]').textContent()).toBe(
      'Invitación aceptada: su cuenta está activa. Entre con su correo y la contraseña que eligió.',
    );
    await check(judge, 'invitacion-aceptada');
    await signIn(judge, INVITED.email, NEW_PASSWORD);
    expect(new URL(judge.url()).pathname).toBe('/jurado');
    expect(problems).toEqual([]);
  });
});
