import { ensurePrivateDirSync, writePrivateFileSync } from '../common/files/private-files';
import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { MailSettings } from '../config/config';
import { MailTransportKind, OutboxMessageEntity } from '../database/schema/outbox-message.entity';

export interface DeliveryReceipt {
  readonly transport: MailTransportKind;
  readonly messageId: string;
}

/** Hands one stored message to its destination; throws when it could not (the worker retries). */
export interface MailTransport {
  readonly kind: MailTransportKind;
  send(message: OutboxMessageEntity): Promise<DeliveryReceipt>;
  close(): void;
}

/** The Message-ID names the outbox row, so a message repeated after a crash can be recognised downstream. */
export function messageIdOf(message: OutboxMessageEntity, config: MailSettings): string {
  return `<${message.id}@${new URL(config.publicBaseUrl).hostname || 'reconocimientos'}>`;
}

function envelope(message: OutboxMessageEntity, config: MailSettings) {
  return {
    from: config.from,
    to: message.toAddress,
    subject: message.subject,
    text: message.textBody,
    html: message.htmlBody,
    messageId: messageIdOf(message, config),
    date: message.createdAt,
    headers: { 'Content-Language': message.language, 'Auto-Submitted': 'auto-generated' },
  };
}

/** Nodemailer over SMTP (SMTP_URL); one connection per message, so a stopped server costs no stale pool. */
export class SmtpTransport implements MailTransport {
  readonly kind = MailTransportKind.SMTP;
  private readonly transporter: Transporter<SMTPTransport.SentMessageInfo>;

  constructor(private readonly config: MailSettings) {
    const options: SMTPTransport.Options = {
      url: config.smtpUrl!,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      logger: false,
    };
    this.transporter = createTransport(options);
  }

  async send(message: OutboxMessageEntity): Promise<DeliveryReceipt> {
    const info = await this.transporter.sendMail(envelope(message, this.config));
    if (info.rejected.length > 0) throw Object.assign(new Error('recipient rejected'), { responseCode: 550 });
    return { transport: this.kind, messageId: info.messageId };
  }

  /** Checks the server answers (at boot); a failure is logged, messages wait in the outbox meanwhile. */
  verify(): Promise<true> {
    return this.transporter.verify();
  }

  close(): void {
    this.transporter.close();
  }
}

/**
 * Without SMTP_URL: the message is "delivered" to the local mailbox — the outbox row marked SENT (read at
 * /organizacion/correo) and an .eml file in the mail directory that any mail client opens.
 */
export class LocalMailboxTransport implements MailTransport {
  readonly kind = MailTransportKind.LOCAL;
  private readonly composer = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(private readonly config: MailSettings) {}

  async send(message: OutboxMessageEntity): Promise<DeliveryReceipt> {
    const info = await this.composer.sendMail(envelope(message, this.config));
    ensurePrivateDirSync(this.config.localDir);
    const stamp = message.createdAt.toISOString().replace(/[:.]/g, '-');
    writePrivateFileSync(join(this.config.localDir, `${stamp}-${message.id}.eml`), info.message as Buffer);
    return { transport: this.kind, messageId: info.messageId };
  }

  close(): void {
    this.composer.close();
  }
}

export function createMailTransport(config: MailSettings, logger: Logger): MailTransport {
  if (config.smtpUrl) {
    const transport = new SmtpTransport(config);
    transport.verify().then(
      () => logger.log(`The SMTP server ${redactUrl(config.smtpUrl)} answers`),
      (error: unknown) =>
        logger.warn(
          `The SMTP server ${redactUrl(config.smtpUrl)} does not answer yet (${describeError(error, config)}); ` +
            'messages wait in the outbox and are retried',
        ),
    );
    return transport;
  }
  return new LocalMailboxTransport(config);
}

/** smtp://user:secret@host → smtp://user:***@host: the password never reaches a log or the database. */
export function redactUrl(url: string | null): string {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'smtp://…';
  }
}

/** An error as stored and logged: its message, without the SMTP password should it appear in it. */
export function describeError(error: unknown, config: MailSettings): string {
  let text = error instanceof Error ? error.message : String(error);
  const password = config.smtpUrl ? safePassword(config.smtpUrl) : '';
  if (password) text = text.split(password).join('***');
  return text.slice(0, 480);
}

function safePassword(url: string): string {
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
}
