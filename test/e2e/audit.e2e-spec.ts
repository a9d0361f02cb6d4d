import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../../src/database/schema/audit-entry.entity';
import { AuditService } from '../../src/audit/audit.service';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { parseDatabaseUrl } from '../../src/config/database-url';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { GENESIS_HASH } from '../../src/domain/audit/audit-hash';
import { Role } from '../../src/database/schema/user.entity';
import { UsersService } from '../../src/users/users.service';
import { cliProcess } from '../support/compiled';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';

/** The organiser CLI as its own process, on the test database. */
const cli = (databaseUrl: string, ...args: string[]) => cliProcess({ DATABASE_URL: databaseUrl }, ...args);

describe('audit trail', () => {
  let t: TestApp;
  let audit: AuditService;
  let dataSource: DataSource;
  let organiser: string;

  const get = (path: string, token = organiser) => t.http.get(path).set('authorization', `Bearer ${token}`);

  async function createUser(email: string, role: Role): Promise<string> {
    const users = t.app.get(UsersService);
    await t.db.transaction((m) => users.insert(m, { email, name: email, role, password: ADMIN_PASSWORD }));
    return t.login(email, ADMIN_PASSWORD);
  }

  beforeAll(async () => {
    t = await startTestApp();
    audit = t.app.get(AuditService);
    dataSource = t.app.get(DataSource);
    organiser = await t.login();
  });

  afterAll(() => t.close());

  it('records the first organiser’s creation as a system action, without its password hash', async () => {
    const res = await get('/api/audit?action=user.create').expect(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      seq: 1,
      actorId: null,
      actorRole: 'SYSTEM',
      action: 'user.create',
      entityType: 'user',
      before: null,
      after: { email: ADMIN_EMAIL, role: 'ORGANISER' },
      prevHash: GENESIS_HASH,
    });
    expect(res.body.items[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|tokenVersion|\$argon2/);
  });

  it('records a sign-out by its user', async () => {
    const token = await t.login();
    const me = await get('/api/auth/me', token).expect(200);
    await t.http.post('/api/auth/logout').set('authorization', `Bearer ${token}`).expect(204);
    organiser = await t.login();
    const res = await get('/api/audit?action=auth.logout').expect(200);
    expect(res.body.items[0]).toMatchObject({
      actorId: me.body.id,
      actorRole: 'ORGANISER',
      entityType: 'user',
      entityId: me.body.id,
    });
  });

  it('never stores a password, hash or token, at any depth', async () => {
    const entry = await t.db.transaction((m) =>
      audit.append(
        m,
        null,
        'test.secrets',
        { type: 'test', id: 'secrets' },
        { passwordHash: '$argon2id$x', nested: [{ accessToken: 'jwt', keep: 1 }] },
        { password: 'p', tokenVersion: 2, name: 'visible' },
      ),
    );
    const [raw]: { before: string; after: string }[] = await dataSource
      .createQueryBuilder()
      .select(['e.before AS "before"', 'e.after AS "after"'])
      .from(AuditEntryEntity, 'e')
      .where('e.id = :id', { id: entry.id })
      .getRawMany();
    expect(JSON.parse(raw.before)).toEqual({ nested: [{ keep: 1 }] });
    expect(JSON.parse(raw.after)).toEqual({ name: 'visible' });
    const all = await get('/api/audit?limit=200').expect(200);
    expect(JSON.stringify(all.body)).not.toMatch(/passwordHash|"password"|accessToken|tokenVersion|\$argon2/);
  });

  it('chains appends from 200 concurrent transactions into one unbroken chain', async () => {
    const { headSeq: start } = await audit.verify(null);
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        t.db.transaction(async (m) => {
          await m.count(AuditEntryEntity);
          return audit.append(m, null, 'test.concurrent', { type: 'test', id: String(i) }, null, { i });
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);

    const verification = await audit.verify(null, { pageSize: 37 });
    expect(verification).toMatchObject({ ok: true, count: start + 200, headSeq: start + 200 });
    const page = await get(`/api/audit?order=asc&afterSeq=${start}&limit=200`).expect(200);
    const items = page.body.items as { seq: number; prevHash: string; hash: string; entityId: string }[];
    expect(items.map((e) => e.seq)).toEqual(Array.from({ length: 200 }, (_, i) => start + 1 + i));
    for (let i = 1; i < items.length; i++) expect(items[i].prevHash).toBe(items[i - 1].hash);
    expect(new Set(items.map((e) => e.entityId)).size).toBe(200);
  });

  it('keeps one chain when two application instances append at once (PostgreSQL)', async () => {
    if (t.database.dialect !== 'postgres') return; // several instances need PostgreSQL (docs/audit.md)
    const other = new DataSource(buildDataSourceOptions(parseDatabaseUrl(t.database.url)));
    await other.initialize();
    try {
      const otherRunner = new TransactionRunner(other);
      const otherAudit = new AuditService(otherRunner, t.clock);
      const { headSeq: start } = await audit.verify(null);
      const work = Array.from({ length: 100 }, (_, i) =>
        i % 2 === 0
          ? t.db.transaction((m) =>
              audit.append(m, null, 'test.instances', { type: 'a', id: String(i) }, null, null),
            )
          : otherRunner.transaction((m) =>
              otherAudit.append(m, null, 'test.instances', { type: 'b', id: String(i) }, null, null),
            ),
      );
      await Promise.all(work);
      expect(await audit.verify(null)).toMatchObject({ ok: true, headSeq: start + 100 });
    } finally {
      await other.destroy();
    }
  });

  it('leaves no entry behind when the transaction rolls back', async () => {
    const before = await audit.verify(null);
    await expect(
      t.db.transaction(async (m) => {
        await audit.append(m, null, 'test.rollback', { type: 'test', id: 'rb' }, null, { x: 1 });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const res = await get('/api/audit?action=test.rollback').expect(200);
    expect(res.body.total).toBe(0);
    expect(await audit.verify(null)).toEqual(before);
  });

  it('refuses to append outside a transaction and to take a malformed action name', async () => {
    await expect(
      t.db.read((m) => audit.append(m, null, 'test.read', { type: 't', id: '1' }, null, null)),
    ).rejects.toThrow(/inside db\.transaction/);
    await expect(
      t.db.transaction((m) => audit.append(m, null, 'Bad Action', { type: 't', id: '1' }, null, null)),
    ).rejects.toThrow(/<entity>\.<verb>/);
  });

  it('filters and paginates, newest first by default', async () => {
    const all = await get('/api/audit?limit=5').expect(200);
    expect(all.body.limit).toBe(5);
    expect(all.body.order).toBe('desc');
    const seqs = (all.body.items as { seq: number }[]).map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(all.body.nextAfterSeq).toBe(seqs[4]);
    const next = await get(`/api/audit?limit=5&afterSeq=${all.body.nextAfterSeq}`).expect(200);
    expect(next.body.items[0].seq).toBe(seqs[4] - 1);
    const page2 = await get('/api/audit?limit=5&page=2').expect(200);
    expect(page2.body.items).toEqual(next.body.items);
    expect(page2.body.page).toBe(2);

    const concurrent = await get('/api/audit?entityType=test&entityId=42').expect(200);
    expect(concurrent.body.total).toBe(1);
    expect(concurrent.body.items[0]).toMatchObject({ action: 'test.concurrent', after: { i: 42 } });
    const last = await get('/api/audit?order=asc&action=test.concurrent&limit=200').expect(200);
    expect(last.body.total).toBe(200);
    expect(last.body.nextAfterSeq).toBeNull();

    const [logout] = (await get('/api/audit?action=auth.logout').expect(200)).body.items as {
      actorId: string;
    }[];
    const mine = await get(`/api/audit?actorId=${logout.actorId}`).expect(200);
    expect(mine.body.total).toBeGreaterThan(0);
    expect(mine.body.items.every((e: { actorId: string }) => e.actorId === logout.actorId)).toBe(true);

    const now = t.clock.now().toISOString();
    expect((await get(`/api/audit?from=${now}&to=${now}`).expect(200)).body.total).toBe(all.body.total);
    t.clock.advance(60_000);
    await t.db.transaction((m) =>
      audit.append(m, null, 'test.later', { type: 'test', id: 'later' }, null, null),
    );
    const later = await get(
      `/api/audit?from=${encodeURIComponent(new Date(Date.parse(now) + 1).toISOString())}`,
    );
    expect(later.body.items.map((e: { action: string }) => e.action)).toEqual(['test.later']);
  });

  it('answers 400 to a bad query', async () => {
    const res = await get('/api/audit?limit=201&from=yesterday&order=sideways&afterSeq=3&page=2').set(
      'accept-language',
      'en',
    );
    expect(res.status).toBe(400);
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['from', 'limit', 'order']);
    const both = await get('/api/audit?afterSeq=3&page=2').expect(400);
    expect(both.body.errors[0].field).toBe('page');
  });

  it('lets an observer read and verify the trail; a judge gets 403 and a stranger 401', async () => {
    const observer = await createUser('observadora@example.org', Role.OBSERVER);
    await get('/api/audit', observer).expect(200);
    expect((await get('/api/audit/verify', observer).expect(200)).body.ok).toBe(true);
    const judge = await createUser('jueza@example.org', Role.JUDGE);
    await get('/api/audit', judge).expect(403);
    await get('/api/audit/verify', judge).expect(403);
    await t.http.get('/api/audit').expect(401);
    await t.http.get('/api/audit/verify').expect(401);
  });

  it('reports an entry tampered with in the database, by seq, through the API and the CLI', async () => {
    const intact = await cli(t.database.url, 'audit:verify');
    expect(intact.out).toMatch(/Audit trail intact/);
    expect(intact.code).toBe(0);

    const victim = await t.db.read((m) =>
      m.findOneByOrFail(AuditEntryEntity, { action: 'test.concurrent', entityId: '7' }),
    );
    await dataSource
      .createQueryBuilder()
      .update(AuditEntryEntity)
      .set({ after: { i: 7000 } })
      .where('seq = :seq', { seq: victim.seq })
      .execute();

    const api = await get('/api/audit/verify').expect(200);
    expect(api.body).toMatchObject({
      ok: false,
      firstBroken: { seq: victim.seq, id: victim.id, reason: 'HASH_MISMATCH' },
    });

    const broken = await cli(t.database.url, 'audit:verify');
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`seq ${victim.seq} (entry ${victim.id}): HASH_MISMATCH`);

    await dataSource
      .createQueryBuilder()
      .update(AuditEntryEntity)
      .set({ after: victim.after })
      .where('seq = :seq', { seq: victim.seq })
      .execute();
    expect((await get('/api/audit/verify').expect(200)).body.ok).toBe(true);
  }, 300_000);
});

describe('audit trail as an observer sees it', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t.close());

  it('shows judges as J1, J2… and no contact data', async () => {
    const users = t.app.get(UsersService);
    const judgeIds: string[] = [];
    await t.db.transaction(async (m) => {
      for (const email of ['juez-b@example.org', 'juez-a@example.org']) {
        const judge = await users.insert(m, {
          email,
          name: `Nombre ${email}`,
          role: Role.JUDGE,
          password: 'Juez-Secreto-2018',
        });
        judgeIds.push(judge.id);
        await t.app
          .get(AuditService)
          .append(m, null, 'user.create', { type: 'user', id: judge.id }, null, judge);
      }
      await users.insert(m, {
        email: 'testigo@example.org',
        name: 'Testigo',
        role: Role.OBSERVER,
        password: 'Testigo-Social-2018',
      });
    });
    const observer = await t.login('testigo@example.org', 'Testigo-Social-2018');
    const res = await t.http
      .get('/api/audit?entityType=user&limit=200')
      .set('authorization', `Bearer ${observer}`)
      .expect(200);
    const text = JSON.stringify(res.body);
    for (const id of judgeIds) expect(text).not.toContain(id);
    expect(text).not.toContain('juez-a@example.org');
    expect(text).not.toContain('Nombre juez');
    const sorted = [...judgeIds].sort();
    const shown = res.body.items.map((e: { entityId: string }) => e.entityId);
    expect(shown).toEqual(expect.arrayContaining(['J1', 'J2']));
    const organiser = await t.login();
    const full = await t.http
      .get('/api/audit?entityType=user&limit=200')
      .set('authorization', `Bearer ${organiser}`)
      .expect(200);
    expect(JSON.stringify(full.body)).toContain(sorted[0]);
  });
});
