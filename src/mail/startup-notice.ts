import { MailSettings } from '../config/config';
import { redactUrl } from './transports';

export interface StartupNotice {
  readonly level: 'log' | 'warn';
  readonly message: string;
}

/**
 * What the server says about mail at boot. In production without SMTP_URL it warns that nothing leaves the
 * server: an operator who forgot the setting learns it from the first lines of the log, not from missing mail.
 */
export function mailStartupNotice(
  config: Pick<MailSettings, 'smtpUrl' | 'localDir'>,
  nodeEnv: string,
): StartupNotice {
  if (config.smtpUrl) return { level: 'log', message: `Mail server: ${redactUrl(config.smtpUrl)}` };
  const where = `the local mailbox (/organizacion/correo) and .eml files in ${config.localDir}`;
  if (nodeEnv === 'production') {
    return {
      level: 'warn',
      message: `SMTP_URL is not set: NO e-mail leaves this server; every message stays in ${where}`,
    };
  }
  return { level: 'log', message: `SMTP_URL is not set: e-mail is delivered to ${where}` };
}
