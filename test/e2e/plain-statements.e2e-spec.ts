import { randomUUID } from 'node:crypto';
import { AuditEntryEntity } from '../../src/database/schema/audit-entry.entity';
import {
  allBy,
  eachById,
  findAllBy,
  findById,
  findEachById,
  readTogether,
} from '../../src/database/find-by-id';
import { insertRow, updateById } from '../../src/database/plain-writes';
import { EditionEntity } from '../../src/database/schema/edition.entity';
import { InstitutionEntity } from '../../src/database/schema/institution.entity';
import { TrackEntity } from '../../src/database/schema/track.entity';
import { NominationEntity } from '../../src/database/schema/nomination.entity';
import { newEdition, newInstitution, newNomination, newTrack } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The hot paths read and write through cached plain statements (src/database/find-by-id.ts, plain-writes.ts)
 * instead of TypeORM's query builder: they must store and read exactly what TypeORM would, on both databases.
 */
describe('plain statements: the same rows as TypeORM’s find, insert and update', () => {
  let t: TestApp;
  let edition: EditionEntity;
  let track: TrackEntity;
  let nominations: NominationEntity[];

  beforeAll(async () => {
    t = await startTestApp();
    edition = await newEdition(t);
    track = await newTrack(t, edition);
    const institution = await newInstitution(t, { stateCode: '09' });
    nominations = [];
    for (let i = 0; i < 3; i++) {
      nominations.push(
        await newNomination(t, track, institution, {
          practiceDetails: { problem: 'Acceso a la información', startedOn: '2018-01-15' },
          extendedUntil: new Date('2026-03-20T05:59:59.999Z'),
        }),
      );
    }
  });

  afterAll(() => t.close());

  it('findById and findAllBy hydrate like findOneBy and findBy (dates, JSON, nulls)', async () => {
    await t.db.read(async (m) => {
      for (const target of [EditionEntity, TrackEntity] as const) {
        const id = target === EditionEntity ? edition.id : track.id;
        expect(await findById(m, target, id)).toEqual(await m.findOneBy(target, { id }));
      }
      expect(await findById(m, NominationEntity, randomUUID())).toBeNull();
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      const mine = (await findAllBy(m, NominationEntity, 'trackId', track.id)).sort(byId);
      expect(mine).toEqual((await m.findBy(NominationEntity, { trackId: track.id })).sort(byId));
      expect(mine).toHaveLength(3);
      expect(mine[0].extendedUntil).toEqual(new Date('2026-03-20T05:59:59.999Z'));
      expect(mine[0].practiceDetails).toEqual({
        problem: 'Acceso a la información',
        startedOn: '2018-01-15',
      });
    });
  });

  it('findEachById reads several rows at once, each as findById does; null for those that do not exist', async () => {
    const n = nominations[0];
    await t.db.transaction(async (m) => {
      const [track1, edition1, institution1] = await findEachById(
        m,
        [TrackEntity, n.trackId],
        [EditionEntity, n.editionId],
        [InstitutionEntity, n.nomineeInstitutionId],
      );
      expect(track1).toEqual(await findById(m, TrackEntity, n.trackId));
      expect(edition1).toEqual(await m.findOneBy(EditionEntity, { id: n.editionId }));
      expect(institution1).toEqual(await m.findOneBy(InstitutionEntity, { id: n.nomineeInstitutionId }));
      // A row of an earlier one's column.
      const [nomination2, edition2] = await findEachById(
        m,
        [NominationEntity, n.id],
        [EditionEntity, { of: 0, column: 'editionId' }],
      );
      expect(nomination2).toEqual(await m.findOneBy(NominationEntity, { id: n.id }));
      expect(edition2).toEqual(edition1);
      // One missing: the others are still found.
      const missing = randomUUID();
      expect(await findEachById(m, [TrackEntity, n.trackId], [EditionEntity, missing])).toEqual([
        track1,
        null,
      ]);
      expect(
        await findEachById(m, [NominationEntity, missing], [EditionEntity, { of: 0, column: 'editionId' }]),
      ).toEqual([null, null]);
    });
  });

  it('readTogether gives what each read gives alone, after a lock too; values with quotes stay values', async () => {
    const n = nominations[0];
    const quoted = `O'Brien\\'); DROP TABLE "nominations"; --`;
    for (const locked of [false, true]) {
      await t.db.transaction(async (m) => {
        const read = () =>
          readTogether(
            m,
            eachById(m, [NominationEntity, n.id], [EditionEntity, { of: 0, column: 'editionId' }]),
            allBy(m, NominationEntity, 'trackId', track.id),
            allBy(m, NominationEntity, 'title', quoted),
          );
        const [[nomination, edition1], sameTrack, none] = locked
          ? await t.db.lockSharedThen(m, `plain-statements:${quoted}`, read)
          : await read();
        expect(nomination).toEqual(await findById(m, NominationEntity, n.id));
        expect(edition1).toEqual(await findById(m, EditionEntity, n.editionId));
        const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
        expect(sameTrack.sort(byId)).toEqual(
          (await findAllBy(m, NominationEntity, 'trackId', track.id)).sort(byId),
        );
        expect(none).toEqual([]);
      });
    }
    expect(await t.db.read((m) => m.count(NominationEntity))).toBeGreaterThanOrEqual(3);
  });

  it('updateById stores what manager.update stores', async () => {
    const at = new Date('2026-03-16T05:59:59.123Z');
    const changes = {
      status: 'SUBMITTED' as const,
      submittedAt: at,
      receiptHash: 'f'.repeat(64),
      practiceDetails: { results: 'Cambiados: ñ' },
      contactPhone: null,
      updatedAt: at,
    };
    await t.db.transaction(async (m) => {
      await updateById(m, NominationEntity, nominations[0].id, changes);
      await m.update(NominationEntity, { id: nominations[1].id }, changes);
    });
    const [mine, theirs] = await t.db.read((m) =>
      Promise.all(nominations.slice(0, 2).map(({ id }) => m.findOneByOrFail(NominationEntity, { id }))),
    );
    expect(mine).toMatchObject(changes);
    const { id: _a, key: _b, contactEmail: _c, title: _d, ...rest } = mine;
    expect(theirs).toMatchObject(rest);
    // The stored text too (SQLite keeps instants as text: its format decides comparisons and order).
    const raw = await t.db.read((m) =>
      Promise.all(
        nominations
          .slice(0, 2)
          .map(({ id }) =>
            m.query<Record<string, unknown>[]>(
              'SELECT "submittedAt", "updatedAt", "practiceDetails", "status" FROM "nominations" WHERE "id" = ' +
                (t.database.dialect === 'postgres' ? '$1' : '?'),
              [id],
            ),
          ),
      ),
    );
    expect(raw[0]).toEqual(raw[1]);
  });

  it('insertRow stores what manager.insert stores', async () => {
    const row = (id: string, seq: number): AuditEntryEntity =>
      Object.assign(new AuditEntryEntity(), {
        id,
        seq,
        at: new Date('2026-03-16T05:59:59.999Z'),
        actorId: null,
        actorRole: 'SYSTEM',
        action: 'prueba.plain',
        entityType: 'prueba',
        entityId: 'x',
        before: null,
        after: { cadena: 'ñ', número: 1.5, lista: [1, null], fecha: '2026-03-16T05:59:59.999Z' },
        prevHash: '0'.repeat(64),
        hash: '1'.repeat(64),
        legacyHash: null,
      });
    const [a, b] = [randomUUID(), randomUUID()];
    await t.db.transaction(async (m) => {
      await insertRow(m, AuditEntryEntity, row(a, 900_001));
      await m.insert(AuditEntryEntity, row(b, 900_002));
    });
    const [mine, theirs] = await t.db.read((m) =>
      Promise.all([a, b].map((id) => m.findOneByOrFail(AuditEntryEntity, { id }))),
    );
    expect(mine).toEqual(row(a, 900_001));
    expect({ ...theirs, id: a, seq: 900_001 }).toEqual(mine);
  });

  it('refuses what it cannot do like TypeORM: a missing column, a foreign key, an unknown property', async () => {
    await expect(
      t.db.transaction((m) =>
        insertRow(m, AuditEntryEntity, { ...new AuditEntryEntity(), id: randomUUID() }),
      ),
    ).rejects.toThrow(/insertRow: AuditEntryEntity\.\w+ is missing/);
    await expect(
      t.db.transaction((m) => updateById(m, NominationEntity, nominations[2].id, { trackId: randomUUID() })),
    ).rejects.toThrow(/trackId is not an updatable column/);
    await expect(
      t.db.transaction((m) =>
        updateById(m, NominationEntity, nominations[2].id, { nope: 1 } as Partial<NominationEntity>),
      ),
    ).rejects.toThrow(/nope is not an updatable column/);
    await expect(
      t.db.transaction((m) => insertRow(m, NominationEntity, { ...nominations[2], id: randomUUID() })),
    ).rejects.toThrow(/has relations/);
  });
});
