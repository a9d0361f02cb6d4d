import { EXIT } from '../../src/cli/command';
import { UserEntity } from '../../src/database/schema/user.entity';
import { borrowApp, runCliInProcess } from '../support/cli';
import { startTestApp, TestApp } from '../support/test-app';

describe('CLI users:create', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t.close());

  /** Runs a command in-process against the test app (which the command must not close). */
  const cli = (argv: string[]) => runCliInProcess(argv, borrowApp(t.app));

  it('creates a judge with a generated password that signs in, and records it in the audit trail', async () => {
    const res = await cli(['users:create', 'jueza@example.org', '--role', 'JUDGE', '--name', 'Jueza Uno']);
    expect(res.code).toBe(EXIT.OK);
    const password = /Password \(shown once\): (\S+)/.exec(res.out)?.[1];
    expect(password).toBeDefined();
    const token = await t.login('jueza@example.org', password);
    const me = await t.http.get('/api/auth/me').set('authorization', `Bearer ${token}`).expect(200);
    expect(me.body.role).toBe('JUDGE');
    const organiser = await t.login();
    const audit = await t.http
      .get('/api/audit?action=user.create&limit=200')
      .set('authorization', `Bearer ${organiser}`)
      .expect(200);
    expect(audit.body.items.some((e: { entityId: string }) => e.entityId === me.body.id)).toBe(true);
  });

  it('names every bad argument and stores nothing', async () => {
    const before = await t.db.read((m) => m.count(UserEntity));
    const res = await cli(['users:create', 'no-es-correo', '--role', 'KING', '--name', 'X']);
    expect(res.code).toBe(EXIT.USAGE);
    expect(res.err).toMatch(/email/);
    expect(res.err).toMatch(/role/);
    expect(res.err).toMatch(/name/);
    expect(await t.db.read((m) => m.count(UserEntity))).toBe(before);
  });

  it('refuses an email already taken', async () => {
    const res = await cli([
      'users:create',
      'jueza@example.org',
      '--role',
      'OBSERVER',
      '--name',
      'Otra persona',
    ]);
    expect(res.code).toBe(EXIT.FAILED);
    expect(res.err).toMatch(/already exists/);
  });
});
