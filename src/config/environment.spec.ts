import { ConfigurationError, validateEnvironment } from './environment';

describe(validateEnvironment.name, () => {
  it('accepts an empty environment outside production', () => {
    expect(() => validateEnvironment({})).not.toThrow();
  });

  it('refuses a production start without a real JWT_SECRET, saying why', () => {
    const attempt = () => validateEnvironment({ NODE_ENV: 'production' });
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(/JWT_SECRET must be set/);
    expect(() => validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(
      /JWT_SECRET/,
    );
  });

  it('accepts production with a long random secret', () => {
    expect(() =>
      validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'q8Jf2kLm9Zx1Vb7Nc4Hs6Dg3Ta5Wy0Pe2Ru8Io' }),
    ).not.toThrow();
  });

  it('names every bad variable at once', () => {
    try {
      validateEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x', ADMIN_EMAIL: 'nobody' });
      throw new Error('expected a ConfigurationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      const message = (error as Error).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/DATABASE_URL must be sqlite:<path> or postgres/);
      expect(message).toMatch(/ADMIN_EMAIL must be an email address/);
    }
  });
});

describe('mail settings', () => {
  it('accepts SMTP_URL, MAIL_FROM and PUBLIC_BASE_URL in their documented forms', () => {
    expect(() =>
      validateEnvironment({
        SMTP_URL: 'smtp://user:pass@127.0.0.1:2525',
        MAIL_FROM: 'Reconocimientos <avisos@example.org>',
        PUBLIC_BASE_URL: 'https://premios.example.org',
        REMINDER_DEADLINE_HOURS: '72, 24',
      }),
    ).not.toThrow();
  });

  it('names each malformed mail setting', () => {
    const attempt = () =>
      validateEnvironment({
        SMTP_URL: 'mail.example.org',
        MAIL_FROM: 'nobody',
        PUBLIC_BASE_URL: 'premios.example.org',
        REMINDER_JUDGING_HOURS: 'soon',
      });
    expect(attempt).toThrow(/SMTP_URL must be/);
    expect(attempt).toThrow(/MAIL_FROM must be/);
    expect(attempt).toThrow(/PUBLIC_BASE_URL must be/);
    expect(attempt).toThrow(/REMINDER_JUDGING_HOURS must be/);
  });
});
