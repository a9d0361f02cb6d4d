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
