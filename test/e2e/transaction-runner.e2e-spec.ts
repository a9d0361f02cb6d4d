import { randomUUID } from 'node:crypto';
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
});
