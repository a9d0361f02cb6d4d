import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../../src/database/schema/audit-entry.entity';
import { AuditPersonalValueEntity } from '../../src/database/schema/audit-personal-value.entity';
import { parseDatabaseUrl } from '../../src/config/database-url';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { MIGRATIONS } from '../../db/migrations';
import { computeAuditHash, GENESIS_HASH } from '../../src/domain/audit/audit-hash';
import { personalCommitment } from '../../src/domain/audit/personal-values';
import { verifyChain } from '../../src/domain/audit/verify-chain';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * The cut-over migration on a trail written before personal data left the chain: the values move out, the
 * entries are re-linked, every former hash stays as `legacyHash` (what seals of that time recorded), and one
 * entry records the former head and that the former chain verified.
 */
describe('audit cut-over: personal data leaves an existing chain', () => {
  let database: TestDatabase;
  const before = MIGRATIONS.filter((m) => m.name !== 'AuditPersonalValues1765600000000');
  const userId = randomUUID();
  const nominationId = randomUUID();
  const legacy: { seq: number; hash: string }[] = [];

  const open = (migrations: typeof MIGRATIONS) =>
    new DataSource({ ...buildDataSourceOptions(parseDatabaseUrl(database.url)), migrations });

  beforeAll(async () => {
    database = await createTestDatabase();
    const old = await open(before).initialize();
    await old.runMigrations({ transaction: 'all' });
    const payloads: [string, string, string, unknown][] = [
      ['user.create', 'user', userId, { id: userId, name: 'Rosa Legado', email: 'rosa.legado@example.org' }],
      [
        'nomination.create',
        'nomination',
        nominationId,
        { title: 'Práctica', contactName: 'Rosa Legado', contactEmail: 'rosa.legado@example.org' },
      ],
      ['edition.update', 'edition', randomUUID(), { name: 'Edición 2018' }],
    ];
    let prevHash = GENESIS_HASH;
    for (const [i, [action, entityType, entityId, after]] of payloads.entries()) {
      const content = {
        seq: i + 1,
        at: new Date(Date.UTC(2018, 3, 1, 12, 0, i)),
        actorId: null,
        actorRole: 'SYSTEM',
        action,
        entityType,
        entityId,
        before: null,
        after,
        prevHash,
      };
      const hash = computeAuditHash(content);
      // The entity no longer matches the old schema (legacyHash is new): plain SQL as the old code wrote it.
      const pg = database.dialect === 'postgres';
      const at = pg ? content.at : content.at.toISOString().replace('T', ' ').replace('Z', '');
      const columns = [
        'id',
        'seq',
        'at',
        'actorId',
        'actorRole',
        'action',
        'entityType',
        'entityId',
        'after',
        'prevHash',
        'hash',
      ];
      await old.query(
        `INSERT INTO "audit_entries" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, k) => (pg ? `$${k + 1}` : '?')).join(', ')})`,
        [
          randomUUID(),
          content.seq,
          at,
          null,
          'SYSTEM',
          action,
          entityType,
          entityId,
          JSON.stringify(after),
          prevHash,
          hash,
        ],
      );
      legacy.push({ seq: i + 1, hash });
      prevHash = hash;
    }
    await old.destroy();
  });

  afterAll(() => database?.drop());

  it('re-links the chain, keeps every former hash and records the former head', async () => {
    const ds = await open(MIGRATIONS).initialize();
    try {
      await ds.runMigrations({ transaction: 'all' });
      const entries = await ds.manager.find(AuditEntryEntity, { order: { seq: 'ASC' } });
      expect(entries).toHaveLength(4);
      expect(verifyChain(entries)).toMatchObject({ ok: true, count: 4 });
      // A seal that recorded the former head (seq 3) still finds it, as the re-linked entry's legacy hash.
      expect(entries.slice(0, 3).map((e) => ({ seq: e.seq, hash: e.legacyHash }))).toEqual(legacy);
      expect(entries[2].hash).not.toBe(legacy[2].hash);
      expect(entries[3]).toMatchObject({
        action: 'audit.cutOver',
        legacyHash: null,
        before: { head: legacy[2].hash, headSeq: 3 },
        after: { personalDataApart: true, formerChain: { ok: true } },
      });
      expect(JSON.stringify(entries.map((e) => [e.before, e.after]))).not.toMatch(/Rosa|legado/i);
      const values = await ds.manager.find(AuditPersonalValueEntity);
      expect(values.map((v) => [v.subjectId, v.value]).sort()).toEqual(
        [
          [nominationId, 'Rosa Legado'],
          [nominationId, 'rosa.legado@example.org'],
          [userId, 'Rosa Legado'],
          [userId, 'rosa.legado@example.org'],
        ].sort(),
      );
      for (const v of values) expect(personalCommitment(v.salt, v.value)).toBe(v.commitment);
      // Erasing the values leaves the chain verifiable.
      await ds.manager.delete(AuditPersonalValueEntity, { subjectId: userId });
      expect(verifyChain(await ds.manager.find(AuditEntryEntity, { order: { seq: 'ASC' } })).ok).toBe(true);
    } finally {
      await ds.destroy();
    }
  });
});
