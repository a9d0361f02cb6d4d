import { isSecretKey, redactSecrets, toAuditPayload } from './redact-secrets';

describe(redactSecrets.name, () => {
  const sut = redactSecrets;

  it('drops password, hash, token and version keys at any depth, arrays included', () => {
    const input = {
      email: 'a@example.org',
      passwordHash: '$argon2id$v=19$...',
      profile: { password: 'x', tokenVersion: 3, name: 'Ana' },
      sessions: [{ accessToken: 'jwt', refresh_token: 'r', id: 1 }],
    };
    expect(sut(input)).toEqual({
      email: 'a@example.org',
      profile: { name: 'Ana' },
      sessions: [{ id: 1 }],
    });
  });

  it('does not modify its input', () => {
    const input = { password: 'x', nested: { token: 't' } };
    sut(input);
    expect(input).toEqual({ password: 'x', nested: { token: 't' } });
  });

  it('leaves scalars and null as they are', () => {
    expect(sut(null)).toBeNull();
    expect(sut('password')).toBe('password');
    expect(sut(42)).toBe(42);
  });
});

describe(isSecretKey.name, () => {
  const sut = isSecretKey;

  it.each([
    'password',
    'passwordHash',
    'password_hash',
    'Password-Hash',
    'token',
    'accessToken',
    'tokenVersion',
    'jwtSecret',
    'apiKey',
    'credentials',
  ])('%s is secret', (key) => expect(sut(key)).toBe(true));

  it.each(['email', 'name', 'role', 'hash', 'prevHash', 'contentSha256'])('%s is not secret', (key) =>
    expect(sut(key)).toBe(false),
  );
});

describe(toAuditPayload.name, () => {
  const sut = toAuditPayload;

  it('turns an entity into JSON data without secrets (Dates as ISO strings, undefined dropped)', () => {
    class User {
      id = 'u1';
      passwordHash = 'h';
      createdAt = new Date('2018-04-13T15:00:00Z');
      missing = undefined;
    }
    expect(sut(new User())).toEqual({ id: 'u1', createdAt: '2018-04-13T15:00:00.000Z' });
  });

  it('stores nothing as null', () => {
    expect(sut(undefined)).toBeNull();
    expect(sut(null)).toBeNull();
  });
});
