import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { simpleParser } from 'mailparser';
import { parseDatabaseUrl } from '../../src/config/database-url';
import { DeliveryWorker } from '../../src/mail/delivery-worker';
import { OutboxMessageEntity } from '../../src/database/schema/outbox-message.entity';
import { Role } from '../../src/database/schema/user.entity';
import { SESSION_COOKIE } from '../../src/auth/session';
import { newUser } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const PASSWORD = 'Contrasena-Local-2026';

/**
 * No SMTP_URL, no MAIL_DIR, no PUBLIC_BASE_URL (what `npm start` on a fresh clone has): an invitation lands in the
 * local mailbox — the outbox row organisers read, and an .eml file in the mail/ folder beside the SQLite
 * database — and the link it carries works.
 */
describe('mail without an SMTP server: the local mailbox', () => {
  let t: TestApp;
  let organiser: string;
  let mailDir: string;
  const scratch = mkdtempSync(join(tmpdir(), 'recon-mail-'));

  beforeAll(async () => {
    // On PostgreSQL the default (db/mail under the working directory) would write into the checkout.
    const postgres = Boolean(process.env.TEST_POSTGRES_URL);
    t = await startTestApp({
      env: {
        SMTP_URL: '',
        MAIL_DIR: postgres ? join(scratch, 'mail') : '',
        PUBLIC_BASE_URL: '',
        PORT: '3000',
      },
    });
    const settings = parseDatabaseUrl(t.database.url);
    mailDir = settings.dialect === 'sqlite' ? join(dirname(settings.path), 'mail') : join(scratch, 'mail');
    organiser = await t.login();
  });

  afterAll(async () => {
    await t?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('delivers an invitation to the outbox and to db/mail as an .eml whose link sets the password', async () => {
    const created = await t.http
      .post('/api/users')
      .set(auth(organiser))
      .send({ email: 'jurado.local@example.org', name: 'Jurado Local', role: Role.JUDGE })
      .expect(201);
    await t.app.get(DeliveryWorker).deliverDue();

    const list = await t.http.get('/api/mail/messages').set(auth(organiser)).expect(200);
    const row = list.body.items.find((m: OutboxMessageEntity) => m.toAddress === 'jurado.local@example.org');
    expect(row).toMatchObject({ status: 'SENT', transport: 'LOCAL', kind: 'invitation' });

    const files = readdirSync(mailDir).filter((f) => f.endsWith(`${row.id}.eml`));
    expect(files).toHaveLength(1);
    const parsed = await simpleParser(readFileSync(join(mailDir, files[0])));
    expect(parsed.subject).toBe('Invitación a Reconocimientos: cree su contraseña');
    expect(parsed.headers.get('content-language')).toBe('es');
    const link = (parsed.text ?? '').match(/http:\/\/localhost:3000\/contrasena\/nueva\?token=\S+/)?.[0];
    expect(link).toBeDefined();
    const token = new URL(link!).searchParams.get('token')!;

    // The organisers' mailbox page lists it and shows its link (the session cookie holds the API's token).
    const page = await t.http
      .get('/organizacion/correo')
      .set('cookie', `${SESSION_COOKIE}=${organiser}`)
      .expect(200);
    expect(page.text).toContain('jurado.local@example.org');
    expect(page.text).toContain(`href="/organizacion/correo/${row.id}"`);
    expect(page.text).toContain('Sin servidor de correo');
    const message = await t.http
      .get(`/organizacion/correo/${row.id}`)
      .set('cookie', `${SESSION_COOKIE}=${organiser}`)
      .expect(200);
    expect(message.text).toContain(`href="${link!}"`);
    // Observers, who read everything else, do not read mail: it carries live links.
    const observer = await newUser(t, Role.OBSERVER);
    const refused = await t.http
      .get('/organizacion/correo')
      .set('cookie', `${SESSION_COOKIE}=${await observer.login()}`);
    expect(refused.status).toBe(403);

    await t.http.post('/api/auth/invitation/accept').send({ token, password: PASSWORD }).expect(204);
    await t.login('jurado.local@example.org', PASSWORD);
    const user = await t.http.get('/api/users?role=JUDGE').set(auth(organiser)).expect(200);
    expect(user.body.find((u: { id: string }) => u.id === created.body.id)).toMatchObject({
      passwordSet: true,
    });
  });
});
