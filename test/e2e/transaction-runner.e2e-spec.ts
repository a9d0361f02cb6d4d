import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { findById } from '../../src/database/find-by-id';
import { UserEntity } from '../../src/database/schema/user.entity';
import { Role, UserStatus } from '../../src/database/schema/user.entity';
import { startTestApp, TestApp } from '../support/test-app';

describe('TransactionRunner under concurrency', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t.close());

  it('commits 300 concurrent read-then-write transactions, every row stored', async () => {
    const before = await t.db.read((m) => m.count(UserEntity));
    const now = new Date();
    const results = await Promise.allSettled(
      Array.from({ length: 300 }, (_, i) =>
        t.db.transaction(async (m) => {
          await m.count(UserEntity);
          await m.insert(UserEntity, {
            id: randomUUID(),
            email: `concurrent-${i}@example.org`,
            name: `Concurrent ${i}`,
            role: Role.JUDGE,
            status: UserStatus.ACTIVE,
            passwordHash: null,
            tokenVersion: 0,
            createdAt: now,
            updatedAt: now,
          });
          return i;
        }),
      ),
    );
    const failures = results.filter((r) => r.status === 'rejected');
    expect(failures).toEqual([]);
    const emails = await t.db.read((m) => m.find(UserEntity, { select: { email: true } }));
    expect(emails.length - before).toBe(300);
    for (let i = 0; i < 300; i++)
      expect(emails.some((u) => u.email === `concurrent-${i}@example.org`)).toBe(true);
  });

  it('rolls back a failed transaction entirely', async () => {
    const before = await t.db.read((m) => m.count(UserEntity));
    const now = new Date();
    await expect(
      t.db.transaction(async (m) => {
        await m.insert(UserEntity, {
          id: randomUUID(),
          email: 'rolled-back@example.org',
          name: 'Rolled back',
          role: Role.JUDGE,
          status: UserStatus.ACTIVE,
          passwordHash: null,
          tokenVersion: 0,
          createdAt: now,
          updatedAt: now,
        });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await t.db.read((m) => m.count(UserEntity))).toBe(before);
  });

  it('keeps a reader from seeing another transaction’s uncommitted rows', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const now = new Date();
    const writer = t.db.transaction(async (m) => {
      await m.insert(UserEntity, {
        id: randomUUID(),
        email: 'uncommitted@example.org',
        name: 'Uncommitted',
        role: Role.JUDGE,
        status: UserStatus.ACTIVE,
        passwordHash: null,
        tokenVersion: 0,
        createdAt: now,
        updatedAt: now,
      });
      await gate;
      throw new Error('abort');
    });
    const reader = t.db.read((m) => m.findOneBy(UserEntity, { email: 'uncommitted@example.org' }));
    setTimeout(release, 50);
    await expect(writer).rejects.toThrow('abort');
    expect(await reader).toBeNull();
  });

  it('reads after a lock what its previous holder committed (lockThenRead, lockSharedThen: one round trip on PostgreSQL)', async () => {
    const id = randomUUID();
    const now = new Date();
    await t.db.transaction((m) =>
      m.insert(UserEntity, {
        id,
        email: 'locked-name@example.org',
        name: 'Before',
        role: Role.JUDGE,
        status: UserStatus.ACTIVE,
        passwordHash: null,
        tokenVersion: 0,
        createdAt: now,
        updatedAt: now,
      }),
    );
    for (const [label, lockedRead] of [
      [
        'exclusive',
        (m: EntityManager) =>
          t.db
            .lockThenRead<{ name: string }>(m, 'test-lock', `SELECT "name" FROM "users" WHERE "id" = '${id}'`)
            .then((rows) => rows[0].name),
      ],
      [
        'shared',
        (m: EntityManager) =>
          t.db.lockSharedThen(m, 'test-lock', () => findById(m, UserEntity, id)).then((u) => u!.name),
      ],
    ] as const) {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let holding!: () => void;
      const held = new Promise<void>((r) => (holding = r));
      const holder = t.db.transaction(async (m) => {
        await t.db.lock(m, 'test-lock');
        await m.update(UserEntity, { id }, { name: `Changed under the lock (${label})` });
        holding();
        await gate;
      });
      await held;
      const reader = t.db.transaction((m) => lockedRead(m));
      setTimeout(release, 100);
      await holder;
      expect(await reader).toBe(`Changed under the lock (${label})`);
    }
  });
});
