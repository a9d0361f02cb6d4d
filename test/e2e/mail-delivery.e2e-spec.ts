import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { DeliveryWorker } from '../../src/mail/delivery-worker';
import { MailOutbox } from '../../src/mail/mail-outbox';
import { MailKind } from '../../src/mail/messages';
import { OutboxMessageEntity, OutboxStatus } from '../../src/database/schema/outbox-message.entity';
import { TestSmtpServer } from '../support/smtp-server';
import { startTestApp, TestApp } from '../support/test-app';

const DIALECT = process.env.TEST_POSTGRES_URL ? 'postgres' : 'sqlite';
const onPostgres = DIALECT === 'postgres' ? describe : describe.skip;
const MESSAGES = 500;
const OUTAGE_MS = 10_000;

if (DIALECT !== 'postgres') {
  console.warn(
    'SKIPPED on SQLite (mail-delivery): two instances sharing the outbox need PostgreSQL; SQLite serves one ' +
      'instance (docs/reliability.md). This suite runs in the PostgreSQL pass of npm test.',
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Two application instances on one PostgreSQL database share the outbox: 500 queued messages, the SMTP server
 * stopped for 10 s in the middle; counted at the SMTP server, every message arrives exactly once.
 */
onPostgres('mail delivery: two instances, 500 messages, an SMTP outage', () => {
  jest.setTimeout(240_000);
  let smtp: TestSmtpServer;
  let t: TestApp;
  let second: NestFastifyApplication;
  let ticking: NodeJS.Timeout;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await startTestApp({
      env: {
        SMTP_URL: smtp.url,
        MAIL_POLL_INTERVAL_MS: '50',
        MAIL_BATCH_SIZE: '10',
        MAIL_RETRY_BASE_MS: '250',
        MAIL_MAX_ATTEMPTS: '12',
        MAIL_SCHEDULER_INTERVAL_SECONDS: '86400',
      },
    });
    // Same environment, same database, same clock: a second instance behind the balancer.
    second = await createApp({ clock: t.clock, quiet: true });
    // The shared clock moves with real time, so retry backoffs come due.
    ticking = setInterval(() => t.clock.advance(100), 100);
  });

  afterAll(async () => {
    clearInterval(ticking);
    await second?.close();
    await t?.close();
    await smtp?.stop();
  });

  it('delivers all 500 exactly once although the SMTP server is down for 10 s in the middle', async () => {
    const outbox = t.app.get(MailOutbox);
    const started = Date.now();
    for (let batch = 0; batch < MESSAGES / 100; batch++) {
      await t.db.transaction(async (m) => {
        for (let i = batch * 100; i < (batch + 1) * 100; i++) {
          await outbox.enqueue(
            m,
            MailKind.REGISTRATION_RECEIVED,
            { id: null, email: `persona${i}@example.org`, name: `Persona ${i}`, language: 'es' },
            { name: `Persona ${i}`, institution: 'Institución de prueba' },
          );
        }
      });
    }

    await smtp.waitFor(100, () => true, 120_000);
    await smtp.stop();
    const atOutage = smtp.received.length;
    await sleep(OUTAGE_MS);
    const duringOutage = smtp.received.length - atOutage;
    await smtp.listen();

    const db = t.app.get(TransactionRunner);
    const deadline = Date.now() + 180_000;
    let sent = 0;
    while (Date.now() < deadline) {
      sent = await db.read((m) => m.countBy(OutboxMessageEntity, { status: OutboxStatus.SENT }));
      const failed = await db.read((m) => m.countBy(OutboxMessageEntity, { status: OutboxStatus.FAILED }));
      expect(failed).toBe(0);
      if (sent === MESSAGES) break;
      await sleep(200);
    }
    const elapsed = Date.now() - started;

    // Counted at the SMTP server: 500 messages, 500 distinct Message-IDs, every recipient once.
    const ids = new Set(smtp.received.map((m) => m.messageId));
    const recipients = new Set(smtp.received.map((m) => m.to));
    expect(sent).toBe(MESSAGES);
    expect(duringOutage).toBe(0);
    expect(smtp.received).toHaveLength(MESSAGES);
    expect(ids.size).toBe(MESSAGES);
    expect(recipients.size).toBe(MESSAGES);
    const rows = await db.read((m) => m.find(OutboxMessageEntity));
    const retried = rows.filter((r) => r.attempts > 1).length;
    const maxAttempts = Math.max(...rows.map((r) => r.attempts));
    const [a, b] = [t.app, second].map((app) => app.get(DeliveryWorker).sentByThisInstance);
    expect(a + b).toBe(MESSAGES);
    process.stdout.write(
      `mail-delivery: ${MESSAGES} delivered, 0 duplicates, 0 lost; ${atOutage} before the outage; ` +
        `${retried} needed a retry (at most ${maxAttempts} attempts); instance A sent ${a}, B ${b}; ` +
        `${(elapsed / 1000).toFixed(1)} s in all including the ${OUTAGE_MS / 1000} s outage\n`,
    );
  });
});
