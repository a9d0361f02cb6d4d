import { dirname, join, resolve } from 'node:path';
import { ConfigurationError } from './configuration-error';
import { DatabaseSettings, parseDatabaseUrl } from './database-url';
import { developmentSecret } from './dev-secret';
import {
  boolean,
  email,
  hours,
  integer,
  list,
  longText,
  matching,
  oneOf,
  parsed,
  text,
  Variable,
  VariableProblem,
} from './variables';

const MIB = 1024 * 1024;

/**
 * Every environment variable the service reads, with its type and default. Nothing else reads
 * `process.env` (only src/config does). Adding a setting: one entry here, one field in a section of Config
 * below (filled in loadConfig), and one row in docs/operations.md.
 */
const VARIABLES = {
  NODE_ENV: oneOf(['development', 'production', 'test'], 'development'),
  PORT: integer(3000, { min: 0, max: 65535 }),
  HOST: text('0.0.0.0'),
  TRUST_PROXY: boolean(false),
  DATABASE_URL: parsed(parseDatabaseUrl),
  JWT_SECRET: longText(32),
  JWT_EXPIRES_IN: matching(
    /^\d+[smhd]?$/,
    'JWT_EXPIRES_IN must be a number of seconds or like 15m, 8h, 7d',
    '8h',
  ),
  ADMIN_EMAIL: email('admin@reconocimientos.local'),
  ADMIN_PASSWORD: longText(10),
  ADMIN_PASSWORD_FILE: text('db/initial-admin-password.txt'),
  UPLOADS_DIR: text('uploads'),
  BODY_LIMIT_BYTES: integer(MIB, { min: 1024 }),
  BUNDLE_LIMIT_BYTES: integer(64 * MIB, { min: 1024 }),
  UPLOAD_LIMIT_BYTES: integer(10 * MIB, { min: 1024 }),
  AUTH_THROTTLE_LIMIT: integer(10, { min: 1 }),
  AUTH_THROTTLE_TTL_SECONDS: integer(60, { min: 1 }),
  CORS_ORIGINS: list(),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  SMTP_URL: matching(/^smtps?:\/\/\S+$/, 'SMTP_URL must be smtp://[user:password@]host[:port] or smtps://…'),
  MAIL_FROM: matching(
    /^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/,
    'MAIL_FROM must be an address, optionally with a name: Name <address@example.org>',
    'Reconocimientos <no-responder@reconocimientos.local>',
  ),
  PUBLIC_BASE_URL: matching(
    /^https?:\/\/[^\s/]+(\/\S*)?$/,
    'PUBLIC_BASE_URL must be the absolute http(s) address people use, e.g. https://premios.example.org',
  ),
  MAIL_DIR: text(),
  MAIL_POLL_INTERVAL_MS: integer(2000, { min: 10 }),
  MAIL_BATCH_SIZE: integer(20, { min: 1, max: 500 }),
  MAIL_MAX_ATTEMPTS: integer(8, { min: 1, max: 50 }),
  MAIL_RETRY_BASE_MS: integer(30_000, { min: 10 }),
  MAIL_LEASE_SECONDS: integer(120, { min: 1 }),
  MAIL_SCHEDULER_INTERVAL_SECONDS: integer(300, { min: 1 }),
  REMINDER_DEADLINE_HOURS: hours('72,24'),
  REMINDER_JUDGING_HOURS: hours('72,24'),
  INVITATION_TTL_HOURS: integer(72, { min: 1 }),
  PASSWORD_RESET_TTL_MINUTES: integer(60, { min: 1 }),
  PASSWORD_RESET_PER_ADDRESS_PER_HOUR: integer(3, { min: 1 }),
  SEAL_SIGNING_KEY_FILE: text(),
  SEAL_KEY_DIR: text(),
  RETENTION_INTERVAL_HOURS: integer(24, { min: 0 }),
  ARCO_DEADLINE_BUSINESS_DAYS: integer(20, { min: 1, max: 60 }),
  PRIVACY_CONTROLLER: text(
    'Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI)',
  ),
  PRIVACY_CONTACT: text(
    'la Unidad de Transparencia del Instituto, o la Plataforma Nacional de Transparencia (www.plataformadetransparencia.org.mx)',
  ),
} satisfies Record<string, Variable<unknown>>;

/** The name of every variable read (docs/operations.md documents each: a test checks). */
export const VARIABLE_NAMES = Object.keys(VARIABLES);

type Environment = { [K in keyof typeof VARIABLES]: ReturnType<(typeof VARIABLES)[K]> };

export type LogLevel = NonNullable<Environment['LOG_LEVEL']>;

export interface AppSettings {
  readonly nodeEnv: Environment['NODE_ENV'];
  readonly port: number;
  readonly host: string;
  /** Behind a reverse proxy: the client address comes from X-Forwarded-For. */
  readonly trustProxy: boolean;
  /** Cookies marked Secure (production). */
  readonly secureCookies: boolean;
  /** Absolute. */
  readonly uploadsDir: string;
  readonly bodyLimit: number;
  readonly bundleLimit: number;
  readonly uploadLimit: number;
  readonly corsOrigins: readonly string[];
  readonly logLevel: LogLevel;
}

export interface AuthSettings {
  readonly jwtSecret: string;
  readonly jwtExpiresIn: string;
  /** Lower case. */
  readonly adminEmail: string;
  readonly adminPassword: string | undefined;
  /** Absolute. */
  readonly adminPasswordFile: string;
  readonly throttleLimit: number;
  readonly throttleTtlMs: number;
}

export interface MailSettings {
  /** smtp(s)://user:pass@host:port; null: messages stay in the local mailbox (table + .eml files). */
  readonly smtpUrl: string | null;
  readonly from: string;
  /** Without a trailing slash. */
  readonly publicBaseUrl: string;
  /** Absolute: where the local mailbox writes .eml files. */
  readonly localDir: string;
  /** The delivery worker's poll interval; tests shorten it. */
  readonly pollIntervalMs: number;
  readonly batchSize: number;
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
  /** A claim older than this is taken to belong to a crashed instance and is claimed again. */
  readonly leaseMs: number;
  readonly schedulerIntervalMs: number;
  /** Hours before nominationsCloseAt at which institutions with drafts are reminded, largest first. */
  readonly deadlineReminderHours: readonly number[];
  /** Hours before judgingCloseAt at which judges with pending sheets are reminded, largest first. */
  readonly judgingReminderHours: readonly number[];
  readonly invitationTtlMs: number;
  readonly resetTtlMs: number;
  /** Reset mails one address may receive per hour; further requests get the same 202 and no mail. */
  readonly resetPerAddressPerHour: number;
}

/** The seal's signing key (docs/results.md, "Signatures"): a PKCS#8 PEM Ed25519 private key. */
export interface SealSettings {
  /** Absolute: SEAL_SIGNING_KEY_FILE, or seal-signing-key.pem in SEAL_KEY_DIR (default: the database's folder). */
  readonly keyFile: string;
  /** Whether the key was named explicitly (then it must exist: it is never generated). */
  readonly keyFileConfigured: boolean;
  /** Absolute address of the public site, for links printed on certificates (the same as mail's). */
  readonly publicBaseUrl: string;
}

/** Personal data (docs/privacy.md): who is responsible, where rights are exercised, the retention job. */
export interface PrivacySettings {
  /** The responsible party named by the privacy notices. */
  readonly controller: string;
  /** Where access, rectification, cancellation and opposition are requested (named by the notices). */
  readonly contact: string;
  /** How often the retention job runs in each instance; 0: never (run `retention:apply` instead). */
  readonly retentionIntervalMs: number;
  /** The legal term of an ARCO request, in business days. */
  readonly arcoDeadlineBusinessDays: number;
}

/**
 * The validated configuration, defaults applied: one object, made once at boot (createApp, the CLI) and
 * injected as `Config` (the class is the injection token).
 */
export abstract class Config {
  abstract readonly app: AppSettings;
  abstract readonly auth: AuthSettings;
  abstract readonly database: DatabaseSettings;
  abstract readonly mail: MailSettings;
  abstract readonly seal: SealSettings;
  abstract readonly privacy: PrivacySettings;
}

/** The folder of the SQLite file, or ./db on PostgreSQL: the default home of local mail and the seal key. */
function dataDir(database: DatabaseSettings): string {
  return database.dialect === 'sqlite' && database.path !== ':memory:'
    ? dirname(database.path)
    : resolve('db');
}

const KNOWN_WEAK_SECRETS = new Set(['secret', 'changeme', 'change-me', 'jwt-secret', 'development']);

/** Reads every variable; throws one ConfigurationError naming every problem. */
function readEnvironment(raw: Record<string, string | undefined>): Environment {
  const env: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, variable] of Object.entries(VARIABLES)) {
    const value = raw[name];
    try {
      env[name] = (variable as Variable<unknown>)(value === '' ? undefined : value, name);
    } catch (error) {
      if (!(error instanceof VariableProblem)) throw error;
      problems.push(error.message);
    }
  }
  const secret = env.JWT_SECRET as string | undefined;
  if (
    env.NODE_ENV === 'production' &&
    (!secret || KNOWN_WEAK_SECRETS.has(secret.toLowerCase()) || /^(.)\1*$/.test(secret))
  ) {
    problems.push(
      'JWT_SECRET must be set to a random value of at least 32 characters when NODE_ENV=production ' +
        '(e.g. `openssl rand -base64 48`); refusing to start',
    );
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return env as Environment;
}

/** The process's environment, for the entry points (main.ts, the CLI) that hand it to loadConfig. */
export const processEnvironment = (): Record<string, string | undefined> => process.env;

/** Validates the environment and returns the configuration; throws one ConfigurationError naming every problem. */
export function loadConfig(raw: Record<string, string | undefined> = processEnvironment()): Config {
  const env = readEnvironment(raw);
  const publicBaseUrl = (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
  return {
    app: {
      nodeEnv: env.NODE_ENV,
      port: env.PORT,
      host: env.HOST,
      trustProxy: env.TRUST_PROXY,
      secureCookies: env.NODE_ENV === 'production',
      uploadsDir: resolve(env.UPLOADS_DIR),
      bodyLimit: env.BODY_LIMIT_BYTES,
      bundleLimit: env.BUNDLE_LIMIT_BYTES,
      uploadLimit: env.UPLOAD_LIMIT_BYTES,
      corsOrigins: env.CORS_ORIGINS,
      logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    },
    auth: {
      jwtSecret: env.JWT_SECRET ?? developmentSecret(),
      jwtExpiresIn: env.JWT_EXPIRES_IN,
      adminEmail: env.ADMIN_EMAIL.toLowerCase(),
      adminPassword: env.ADMIN_PASSWORD,
      adminPasswordFile: resolve(env.ADMIN_PASSWORD_FILE),
      throttleLimit: env.AUTH_THROTTLE_LIMIT,
      throttleTtlMs: env.AUTH_THROTTLE_TTL_SECONDS * 1000,
    },
    database: env.DATABASE_URL,
    mail: {
      smtpUrl: env.SMTP_URL ?? null,
      from: env.MAIL_FROM,
      publicBaseUrl,
      localDir: resolve(env.MAIL_DIR ?? join(dataDir(env.DATABASE_URL), 'mail')),
      pollIntervalMs: env.MAIL_POLL_INTERVAL_MS,
      batchSize: env.MAIL_BATCH_SIZE,
      maxAttempts: env.MAIL_MAX_ATTEMPTS,
      retryBaseMs: env.MAIL_RETRY_BASE_MS,
      leaseMs: env.MAIL_LEASE_SECONDS * 1000,
      schedulerIntervalMs: env.MAIL_SCHEDULER_INTERVAL_SECONDS * 1000,
      deadlineReminderHours: env.REMINDER_DEADLINE_HOURS,
      judgingReminderHours: env.REMINDER_JUDGING_HOURS,
      invitationTtlMs: env.INVITATION_TTL_HOURS * 3600_000,
      resetTtlMs: env.PASSWORD_RESET_TTL_MINUTES * 60_000,
      resetPerAddressPerHour: env.PASSWORD_RESET_PER_ADDRESS_PER_HOUR,
    },
    seal: {
      keyFile: resolve(
        env.SEAL_SIGNING_KEY_FILE ??
          join(resolve(env.SEAL_KEY_DIR ?? dataDir(env.DATABASE_URL)), 'seal-signing-key.pem'),
      ),
      keyFileConfigured: env.SEAL_SIGNING_KEY_FILE !== undefined,
      publicBaseUrl,
    },
    privacy: {
      controller: env.PRIVACY_CONTROLLER,
      contact: env.PRIVACY_CONTACT,
      retentionIntervalMs: env.RETENTION_INTERVAL_HOURS * 3600_000,
      arcoDeadlineBusinessDays: env.ARCO_DEADLINE_BUSINESS_DAYS,
    },
  };
}
