import { AuditEntryEntity } from '../../../src/database/schema/audit-entry.entity';
import { InstitutionEntity } from '../../../src/database/schema/institution.entity';
import { JudgeAffiliationEntity } from '../../../src/database/schema/judge-affiliation.entity';
import { NominationEntity } from '../../../src/database/schema/nomination.entity';
import { Role, UserEntity } from '../../../src/database/schema/user.entity';
import { InstitutionMergeService } from '../../../src/institutions/institution-merge.service';
import { AssignmentsService } from '../../../src/judging/assignments/assignments.service';
import { PanelsService } from '../../../src/judging/panels/panels.service';
import { MediumContext, startMedium } from '../support/medium-context';

describe(InstitutionMergeService.name, () => {
  let ctx: MediumContext;
  let sut: InstitutionMergeService;

  beforeAll(async () => {
    ctx = await startMedium();
    sut = ctx.get(InstitutionMergeService);
  });

  afterAll(() => ctx?.close());

  it('merges a duplicate: nominations, users, affiliations and conflicts move; audited; the duplicate goes', async () => {
    const actor = await ctx.organiser();
    const track = await ctx.newTrack(await ctx.newEdition({ phase: 'JUDGING' }));
    const jalisco = await ctx.newInstitution({ name: 'Gobierno de Jalisco', stateCode: '14' });
    const duplicate = await ctx.newInstitution({ name: 'Gob. de Jalisco (duplicado)', stateCode: '14' });
    const n = await ctx.newNomination(track, duplicate, { status: 'DRAFT' });
    const nominator = await ctx.newActor(Role.NOMINATOR, { institutionId: duplicate.id });
    const affiliated = await ctx.newJudge([{ institutionId: duplicate.id }]);

    await expect(sut.merge(actor, duplicate.id, { intoId: duplicate.id })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [expect.objectContaining({ field: 'intoId' })],
    });
    await expect(sut.merge(actor, duplicate.id, { intoId: jalisco.id })).resolves.toMatchObject({
      mergedId: duplicate.id,
      into: { id: jalisco.id },
      moved: { nominating: 1, nominee: 1, users: 1, affiliations: 1, conflicts: 0 },
    });
    const after = await ctx.db.read(async (m) => ({
      nomination: await m.findOneByOrFail(NominationEntity, { id: n.id }),
      user: await m.findOneByOrFail(UserEntity, { id: nominator.id }),
      affiliation: await m.findOneByOrFail(JudgeAffiliationEntity, { userId: affiliated.id }),
      gone: await m.findOneBy(InstitutionEntity, { id: duplicate.id }),
      audit: await m.findOneBy(AuditEntryEntity, { action: 'institution.merge', entityId: duplicate.id }),
    }));
    expect(after.nomination).toMatchObject({
      nominatingInstitutionId: jalisco.id,
      nomineeInstitutionId: jalisco.id,
    });
    expect(after.user.institutionId).toBe(jalisco.id);
    expect(after.affiliation.institutionId).toBe(jalisco.id);
    expect(after.gone).toBeNull();
    expect(after.audit?.after).toMatchObject({ intoId: jalisco.id });
    await expect(sut.merge(actor, duplicate.id, { intoId: jalisco.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses a merge that would put an assigned judge in conflict, naming judge and nomination', async () => {
    const actor = await ctx.organiser();
    const track = await ctx.newTrack(await ctx.newEdition({ phase: 'JUDGING' }), { judgesPerNomination: 1 });
    const cdmx = await ctx.newInstitution({ stateCode: '09' });
    const other = await ctx.newInstitution({ name: 'Colectivo Ciudadano', stateCode: '15' });
    const n = await ctx.newNomination(track, other, { key: 'L-COL' });
    const conflicted = await ctx.newJudge([{ institutionId: cdmx.id }], { name: 'Beto Jurado' });
    await ctx.get(PanelsService).replace(actor, track.id, { members: [{ judgeId: conflicted.id }] });
    await ctx.get(AssignmentsService).assign(actor, track.id, { nominationId: n.id, judgeId: conflicted.id });
    await expect(sut.merge(actor, other.id, { intoId: cdmx.id })).rejects.toMatchObject({
      code: 'MERGE_CREATES_CONFLICTS',
      problems: [
        expect.objectContaining({
          message: expect.objectContaining({ en: expect.stringMatching(/Beto Jurado.*L-COL/) }),
        }),
      ],
    });
    expect(await ctx.db.read((m) => m.existsBy(InstitutionEntity, { id: other.id }))).toBe(true);
  });

  it('refuses a merge that would change a finalised edition’s nominations, naming it', async () => {
    const actor = await ctx.organiser();
    const sealed = await ctx.newEdition({ name: 'Edición sellada', finalizedAt: ctx.clock.now() });
    const old = await ctx.newInstitution({ name: 'Institución de 2018', stateCode: '14' });
    await ctx.newNomination(await ctx.newTrack(sealed), old);
    const into = await ctx.newInstitution({ stateCode: '14' });
    await expect(sut.merge(actor, old.id, { intoId: into.id })).rejects.toMatchObject({
      code: 'MERGE_SEALED',
      params: { editions: expect.stringContaining('Edición sellada') },
    });
  });
});
