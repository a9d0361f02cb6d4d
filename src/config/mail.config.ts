import { registerAs } from '@nestjs/config';
import { dirname, join, resolve } from 'node:path';
import { parseDatabaseUrl } from '../database/database-url';

const hours = (value: string | undefined, fallback: string): number[] =>
  (value ?? fallback)
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean)
    .map(Number)
    .sort((a, b) => b - a);

/** Where local mail goes: `mail/` beside the SQLite file, or db/mail on PostgreSQL. */
function defaultMailDir(databaseUrl: string | undefined): string {
  const settings = parseDatabaseUrl(databaseUrl);
  if (settings.dialect === 'sqlite' && settings.path !== ':memory:')
    return join(dirname(settings.path), 'mail');
  return resolve('db/mail');
}

export const mailConfig = registerAs('mail', () => {
  const port = Number(process.env.PORT ?? 3000);
  return {
    /** smtp(s)://user:pass@host:port; unset: messages stay in the local mailbox (table + .eml files). */
    smtpUrl: process.env.SMTP_URL || null,
    from: process.env.MAIL_FROM || 'Reconocimientos <no-responder@reconocimientos.local>',
    publicBaseUrl: (process.env.PUBLIC_BASE_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    localDir: resolve(process.env.MAIL_DIR || defaultMailDir(process.env.DATABASE_URL)),
    /** The delivery worker's poll interval; tests shorten it. */
    pollIntervalMs: Number(process.env.MAIL_POLL_INTERVAL_MS ?? 2000),
    batchSize: Number(process.env.MAIL_BATCH_SIZE ?? 20),
    maxAttempts: Number(process.env.MAIL_MAX_ATTEMPTS ?? 8),
    retryBaseMs: Number(process.env.MAIL_RETRY_BASE_MS ?? 30_000),
    /** A claim older than this is taken to belong to a crashed instance and is claimed again. */
    leaseMs: Number(process.env.MAIL_LEASE_SECONDS ?? 120) * 1000,
    schedulerIntervalMs: Number(process.env.MAIL_SCHEDULER_INTERVAL_SECONDS ?? 300) * 1000,
    /** Hours before nominationsCloseAt at which institutions with drafts are reminded. */
    deadlineReminderHours: hours(process.env.REMINDER_DEADLINE_HOURS, '72,24'),
    /** Hours before judgingCloseAt at which judges with pending sheets are reminded. */
    judgingReminderHours: hours(process.env.REMINDER_JUDGING_HOURS, '72,24'),
    invitationTtlMs: Number(process.env.INVITATION_TTL_HOURS ?? 72) * 3600_000,
    resetTtlMs: Number(process.env.PASSWORD_RESET_TTL_MINUTES ?? 60) * 60_000,
    /** Reset mails one address may receive per hour; further requests get the same 202 and no mail. */
    resetPerAddressPerHour: Number(process.env.PASSWORD_RESET_PER_ADDRESS_PER_HOUR ?? 3),
  };
});

export type MailConfig = ReturnType<typeof mailConfig>;
