import { randomBytes, randomUUID } from 'node:crypto';
import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { computeAuditHash, GENESIS_HASH } from '../../src/domain/audit/audit-hash';
import { splitPersonal } from '../../src/domain/audit/personal-values';
import { JsonValue } from '../../src/domain/audit/redact-secrets';
import { ChainEntry, ChainVerifier } from '../../src/domain/audit/verify-chain';

interface Row {
  id: string;
  seq: number | string;
  at: Date | string;
  actorId: string | null;
  actorRole: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  prevHash: string;
  hash: string;
}

/**
 * Personal data leaves the hash chain (docs/audit.md, "Personal data"): a table for the values, a
 * `legacyHash` column, and the cut-over. Existing entries are re-linked in seq order: each personal value is
 * moved out and replaced by its commitment, the entry re-hashed with its former hash kept as `legacyHash`
 * (so the audit heads that seals recorded are still found, protected by the new chain), and one
 * `audit.cutOver` entry closes the walk with the former head and whether the former chain verified.
 */
export class AuditPersonalValues1765600000000 implements MigrationInterface {
  name = 'AuditPersonalValues1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'audit_personal_values',
        columns: [
          { name: 'commitment', type: 'varchar', length: '64', isPrimary: true },
          { name: 'subjectId', type: 'varchar', length: '128' },
          { name: 'salt', type: 'varchar', length: '64' },
          { name: 'value', type: 'text' },
        ],
        indices: [{ name: 'IDX_audit_personal_values_subject', columnNames: ['subjectId'] }],
      }),
    );
    await queryRunner.addColumn(
      'audit_entries',
      new TableColumn({ name: 'legacyHash', type: 'varchar', length: '64', isNullable: true }),
    );
    await relink(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The former hashes cannot be recomputed without the values; going back keeps the re-linked chain.
    await queryRunner.dropColumn('audit_entries', 'legacyHash');
    await queryRunner.dropTable('audit_personal_values');
  }
}

async function relink(queryRunner: QueryRunner): Promise<void> {
  const postgres = queryRunner.connection.options.type === 'postgres';
  const p = (i: number) => (postgres ? `$${i}` : '?');
  const legacy = new ChainVerifier();
  let prevHash = GENESIS_HASH;
  let lastSeq = 0;
  let last: { at: Date } | null = null;
  for (;;) {
    const rows = (await queryRunner.query(
      `SELECT "id", "seq", "at", "actorId", "actorRole", "action", "entityType", "entityId", "before", "after",
              "prevHash", "hash"
         FROM "audit_entries" WHERE "seq" > ${p(1)} ORDER BY "seq" ASC LIMIT 500`,
      [lastSeq],
    )) as Row[];
    if (rows.length === 0) break;
    for (const row of rows) {
      const entry = {
        id: row.id,
        seq: Number(row.seq),
        at: instant(row.at),
        actorId: row.actorId,
        actorRole: row.actorRole,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        before: parse(row.before),
        after: parse(row.after),
        prevHash: row.prevHash,
        hash: row.hash,
      } satisfies ChainEntry;
      legacy.push([entry]);
      const context = {
        entityType: entry.entityType,
        entityId: entry.entityId,
        salt: () => randomBytes(32).toString('hex'),
      };
      const before = splitPersonal(entry.before, context);
      const after = splitPersonal(entry.after, context);
      for (const v of [...before.values, ...after.values]) {
        await queryRunner.query(
          `INSERT INTO "audit_personal_values" ("commitment", "subjectId", "salt", "value")
           VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)})`,
          [v.commitment, v.subjectId, v.salt, v.value],
        );
      }
      const relinked = {
        ...entry,
        before: before.payload,
        after: after.payload,
        prevHash,
        legacyHash: entry.hash,
      };
      const hash = computeAuditHash(relinked);
      await queryRunner.query(
        `UPDATE "audit_entries" SET "before" = ${p(1)}, "after" = ${p(2)}, "prevHash" = ${p(3)}, "hash" = ${p(4)},
                "legacyHash" = ${p(5)} WHERE "id" = ${p(6)}`,
        [stored(before.payload), stored(after.payload), prevHash, hash, entry.hash, entry.id],
      );
      prevHash = hash;
      lastSeq = entry.seq;
      last = { at: entry.at };
    }
  }
  if (!last) return; // an empty trail: nothing to re-link, no cut-over to record
  const verification = legacy.result();
  const now = new Date();
  const cutOver = {
    seq: lastSeq + 1,
    at: new Date(Math.max(now.getTime(), last.at.getTime())),
    actorId: null,
    actorRole: 'SYSTEM',
    action: 'audit.cutOver',
    entityType: 'audit',
    entityId: 'personal-data',
    before: { head: verification.head, headSeq: verification.headSeq } as JsonValue,
    after: {
      personalDataApart: true,
      formerChain: verification.firstBroken
        ? { ok: false, firstBroken: { ...verification.firstBroken } }
        : { ok: true },
    } as JsonValue,
    prevHash,
  };
  const at = postgres ? cutOver.at : cutOver.at.toISOString().replace('T', ' ').replace('Z', '');
  await queryRunner.query(
    `INSERT INTO "audit_entries" ("id", "seq", "at", "actorId", "actorRole", "action", "entityType", "entityId",
            "before", "after", "prevHash", "hash", "legacyHash")
     VALUES (${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(p).join(', ')}, NULL)`,
    [
      randomUUID(),
      cutOver.seq,
      at,
      null,
      cutOver.actorRole,
      cutOver.action,
      cutOver.entityType,
      cutOver.entityId,
      stored(cutOver.before),
      stored(cutOver.after),
      cutOver.prevHash,
      computeAuditHash(cutOver),
    ],
  );
}

/** `datetime` columns on SQLite hold UTC text without a zone; PostgreSQL's driver gives a Date. */
function instant(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}

function parse(text: string | null): JsonValue {
  return text === null ? null : (JSON.parse(text) as JsonValue);
}

/** simple-json columns: JSON text, NULL for null. */
function stored(payload: JsonValue): string | null {
  return payload === null ? null : JSON.stringify(payload);
}
