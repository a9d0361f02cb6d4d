import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig, VARIABLE_NAMES } from './config';
import { ConfigurationError } from './configuration-error';

const SECRET = 'q8Jf2kLm9Zx1Vb7Nc4Hs6Dg3Ta5Wy0Pe2Ru8Io';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe(loadConfig.name, () => {
  const sut = (env: Record<string, string>) => loadConfig({ JWT_SECRET: SECRET, ...env });

  it('applies every default to an empty environment', () => {
    expect(sut({})).toEqual({
      app: {
        nodeEnv: 'development',
        port: 3000,
        host: '0.0.0.0',
        trustProxy: false,
        secureCookies: false,
        uploadsDir: resolve('uploads'),
        bodyLimit: 1024 * 1024,
        bundleLimit: 64 * 1024 * 1024,
        uploadLimit: 10 * 1024 * 1024,
        corsOrigins: [],
        logLevel: 'info',
      },
      auth: {
        jwtSecret: SECRET,
        jwtExpiresIn: '8h',
        adminEmail: 'admin@reconocimientos.local',
        adminPassword: undefined,
        adminPasswordFile: resolve('db/initial-admin-password.txt'),
        throttleLimit: 10,
        throttleTtlMs: 60_000,
      },
      database: { dialect: 'sqlite', path: resolve('db/awards.sqlite') },
      mail: {
        smtpUrl: null,
        from: 'Reconocimientos <no-responder@reconocimientos.local>',
        publicBaseUrl: 'http://localhost:3000',
        localDir: resolve('db/mail'),
        pollIntervalMs: 2000,
        batchSize: 20,
        maxAttempts: 8,
        retryBaseMs: 30_000,
        leaseMs: 120_000,
        schedulerIntervalMs: 300_000,
        deadlineReminderHours: [72, 24],
        judgingReminderHours: [72, 24],
        invitationTtlMs: 72 * 3600_000,
        resetTtlMs: 3600_000,
        resetPerAddressPerHour: 3,
      },
      seal: {
        keyFile: resolve('db/seal-signing-key.pem'),
        keyFileConfigured: false,
        publicBaseUrl: 'http://localhost:3000',
      },
      privacy: {
        controller:
          'Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI)',
        contact:
          'la Unidad de Transparencia del Instituto, o la Plataforma Nacional de Transparencia (www.plataformadetransparencia.org.mx)',
        retentionIntervalMs: 86_400_000,
        arcoDeadlineBusinessDays: 20,
      },
    });
  });

  it('types what it reads: numbers, lists, lower-case email, absolute paths, parsed database URL', () => {
    const config = sut({
      PORT: '8080',
      CORS_ORIGINS: ' https://a.example , ,https://b.example',
      ADMIN_EMAIL: 'Organizador@INAI.org.mx',
      UPLOADS_DIR: '/srv/uploads',
      AUTH_THROTTLE_TTL_SECONDS: '30',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/awards',
    });
    expect(config.app.port).toBe(8080);
    expect(config.app.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.auth.adminEmail).toBe('organizador@inai.org.mx');
    expect(config.app.uploadsDir).toBe('/srv/uploads');
    expect(config.auth.throttleTtlMs).toBe(30_000);
    expect(config.database).toEqual({
      dialect: 'postgres',
      url: 'postgres://postgres@127.0.0.1:5432/awards',
    });
  });

  it('treats an empty variable as not set', () => {
    expect(sut({ DATABASE_URL: '', PORT: '', TRUST_PROXY: '' }).app).toMatchObject({
      port: 3000,
      trustProxy: false,
    });
  });

  it('logs at warn under test unless LOG_LEVEL says otherwise', () => {
    expect(sut({ NODE_ENV: 'test' }).app.logLevel).toBe('warn');
    expect(sut({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }).app.logLevel).toBe('silent');
  });

  it('reads booleans from true, false, 1 and 0 only', () => {
    expect(sut({ TRUST_PROXY: 'true' }).app.trustProxy).toBe(true);
    expect(sut({ TRUST_PROXY: '1' }).app.trustProxy).toBe(true);
    expect(sut({ TRUST_PROXY: 'false' }).app.trustProxy).toBe(false);
    expect(sut({ TRUST_PROXY: '0' }).app.trustProxy).toBe(false);
  });

  it('refuses any other boolean spelling instead of reading it as false', () => {
    for (const value of ['TRUE', 'yes', 'on', 'False']) {
      expect(problemsOf({ TRUST_PROXY: value })).toEqual([
        `TRUST_PROXY must be true, false, 1 or 0, got "${value}"`,
      ]);
    }
  });

  it('marks cookies Secure in production', () => {
    expect(sut({ NODE_ENV: 'production' }).app.secureCookies).toBe(true);
  });

  it('refuses a production start without a real JWT_SECRET, saying why', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([expect.stringMatching(/JWT_SECRET must be set/)]);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toEqual([
      expect.stringMatching(/JWT_SECRET must be set/),
    ]);
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      ADMIN_EMAIL: 'nobody',
      JWT_SECRET: 'short',
      UPLOAD_LIMIT_BYTES: '12.5',
      LOG_LEVEL: 'loud',
      JWT_EXPIRES_IN: 'forever',
    });
    expect(problems).toEqual([
      'PORT must be a whole number between 0 and 65535, got "eighty"',
      expect.stringMatching(/^DATABASE_URL must be sqlite:<path> or postgres/),
      'JWT_SECRET must be at least 32 characters long',
      'JWT_EXPIRES_IN must be a number of seconds or like 15m, 8h, 7d',
      'ADMIN_EMAIL must be an email address',
      'UPLOAD_LIMIT_BYTES must be a whole number at least 1024, got "12.5"',
      expect.stringMatching(/^LOG_LEVEL must be one of fatal, error/),
    ]);
  });

  it('reads the mail settings in their documented forms', () => {
    const { mail } = sut({
      SMTP_URL: 'smtp://user:pass@127.0.0.1:2525',
      MAIL_FROM: 'Reconocimientos <avisos@example.org>',
      PUBLIC_BASE_URL: 'https://premios.example.org/',
      REMINDER_DEADLINE_HOURS: '24, 72',
      DATABASE_URL: 'sqlite:/var/lib/recon/awards.sqlite',
    });
    expect(mail).toMatchObject({
      smtpUrl: 'smtp://user:pass@127.0.0.1:2525',
      from: 'Reconocimientos <avisos@example.org>',
      publicBaseUrl: 'https://premios.example.org',
      deadlineReminderHours: [72, 24],
      judgingReminderHours: [72, 24],
      localDir: '/var/lib/recon/mail',
      leaseMs: 120_000,
    });
    expect(sut({ PORT: '8080' }).mail).toMatchObject({
      smtpUrl: null,
      publicBaseUrl: 'http://localhost:8080',
    });
  });

  it('names each malformed mail setting', () => {
    expect(
      problemsOf({
        SMTP_URL: 'mail.example.org',
        MAIL_FROM: 'nobody',
        PUBLIC_BASE_URL: 'premios.example.org',
        REMINDER_JUDGING_HOURS: 'soon',
      }),
    ).toEqual([
      expect.stringMatching(/^SMTP_URL must be/),
      expect.stringMatching(/^MAIL_FROM must be/),
      expect.stringMatching(/^PUBLIC_BASE_URL must be/),
      'REMINDER_JUDGING_HOURS must be hours separated by commas, e.g. 72,24',
    ]);
  });

  it('reads only variables that docs/operations.md documents', () => {
    const docs = readFileSync(join(__dirname, '..', '..', 'docs', 'operations.md'), 'utf8');
    const table = docs.slice(
      docs.indexOf('## Configuration'),
      docs.indexOf('\n## ', docs.indexOf('## Configuration') + 1),
    );
    expect(VARIABLE_NAMES.filter((name) => !table.includes(`\`${name}\``))).toEqual([]);
  });
});
