import { In } from 'typeorm';
import { AuthUser } from '../../../src/access/auth-user';
import { AuditService } from '../../../src/audit/audit.service';
import { AssignmentEntity } from '../../../src/database/schema/assignment.entity';
import { AuditEntryEntity } from '../../../src/database/schema/audit-entry.entity';
import { EditionEntity } from '../../../src/database/schema/edition.entity';
import { ScoreSheetEntity, ScoreSheetStatus } from '../../../src/database/schema/score-sheet.entity';
import { TrackEntity } from '../../../src/database/schema/track.entity';
import { Role, UserEntity, UserStatus } from '../../../src/database/schema/user.entity';
import { EditionsService } from '../../../src/editions/editions.service';
import { ProposalsService } from '../../../src/governance/proposals.service';
import { ScoreSheetsService } from '../../../src/judging/score-sheets/score-sheets.service';
import { FinalizationService } from '../../../src/results/finalization.service';
import { ResultsService } from '../../../src/results/results.service';
import { DELIBERATION } from '../../support/judged-bundle';
import { JudgedEdition, MediumContext, startMedium } from '../support/medium-context';

/**
 * Four eyes: on an edition that asks for it, a decision proposed by one organiser takes effect only when a
 * different organiser confirms it; a proposal whose basis changed expires instead.
 */
let ctx: MediumContext;
let a: AuthUser;
let b: AuthUser;

beforeAll(async () => {
  ctx = await startMedium({ now: DELIBERATION.toISOString() });
  a = await ctx.organiser();
  b = await ctx.newActor(Role.ORGANISER, { name: 'Beatriz Segunda' });
});

afterAll(() => ctx?.close());

const proposalId = (done: object) =>
  'proposal' in done ? (done as { proposal: { id: string } }).proposal.id : '';
const overrideKeys = async (judged: JudgedEdition) =>
  (await ctx.get(ResultsService).listOverrides(a, judged.localTrack.id)).map(
    (o: { nomination?: { key: string } | null }) => o.nomination?.key,
  );
const stored = (id: string) => ctx.db.read((m) => m.findOneByOrFail(EditionEntity, { id }));

describe(ResultsService.name, () => {
  let sut: ResultsService;

  beforeAll(() => {
    sut = ctx.get(ResultsService);
  });

  it('keeps an override proposed by A unapplied until B confirms it; A cannot confirm its own', async () => {
    const judged = await ctx.newJudgedEdition({ exclude: false, fourEyes: true });
    const proposals = ctx.get(ProposalsService);
    const proposed = await sut.createOverride(a, judged.localTrack.id, {
      nominationId: judged.nominations.get('L-4')!.id,
      kind: 'EXCLUDE',
      justification: 'Acta 1: sin quórum de evaluaciones.',
    });
    expect(proposed).toMatchObject({ confirmable: true, proposal: { kind: 'OVERRIDE', status: 'PENDING' } });
    const id = proposalId(proposed);
    expect('proposal' in proposed && proposed.proposal.summary.es).toContain('L-4');
    expect(await overrideKeys(judged)).toEqual([]);
    const [pending] = await proposals.list(a, judged.edition.id);
    expect(pending.proposedBy.name).not.toBe('');

    await expect(proposals.confirm(a, id)).rejects.toMatchObject({ code: 'OWN_PROPOSAL' });
    expect(await overrideKeys(judged)).toEqual([]);
    await expect(proposals.confirm(b, id)).resolves.toMatchObject({ status: 'CONFIRMED' });
    expect(await overrideKeys(judged)).toEqual(['L-4']);
    const audit = await ctx.db.read((m) => m.findBy(AuditEntryEntity, { entityId: id }));
    expect(audit.map((e) => e.action).sort()).toEqual(['proposal.confirm', 'proposal.create']);
    await expect(proposals.confirm(b, id)).rejects.toMatchObject({ code: 'PROPOSAL_DECIDED' });
  });

  it('says a proposal is not confirmable while a single organiser account is active', async () => {
    const judged = await ctx.newJudgedEdition({ exclude: false, fourEyes: true });
    await ctx.db.transaction((m) => m.update(UserEntity, { id: b.id }, { status: UserStatus.DISABLED }));
    try {
      const proposed = await sut.createOverride(a, judged.localTrack.id, {
        nominationId: judged.nominations.get('L-1')!.id,
        kind: 'EXCLUDE',
        justification: 'Acta 5: propuesta sin segunda persona.',
      });
      expect(proposed).toMatchObject({ confirmable: false });
    } finally {
      await ctx.db.transaction((m) => m.update(UserEntity, { id: b.id }, { status: UserStatus.ACTIVE }));
    }
  });
});

describe(ProposalsService.name, () => {
  let sut: ProposalsService;

  beforeAll(() => {
    sut = ctx.get(ProposalsService);
  });

  it('expires a proposal whose basis changed before it was confirmed', async () => {
    const judged = await ctx.newJudgedEdition({ fourEyes: true });
    const results = ctx.get(ResultsService);
    const first = await results.createOverride(a, judged.localTrack.id, {
      nominationId: judged.nominations.get('L-3')!.id,
      kind: 'SET_AWARD',
      award: 'SECOND',
      justification: 'Acta 2: el jurado sube a L-3.',
    });
    const second = await results.createOverride(a, judged.localTrack.id, {
      nominationId: judged.nominations.get('L-2')!.id,
      kind: 'SET_AWARD',
      award: null,
      justification: 'Acta 3: el jurado retira el premio a L-2.',
    });
    await sut.confirm(b, proposalId(second));
    await expect(sut.confirm(b, proposalId(first))).rejects.toMatchObject({ code: 'PROPOSAL_STALE' });
    const expired = (await sut.list(a, judged.edition.id)).find((p) => p.id === proposalId(first))!;
    expect(expired.status).toBe('EXPIRED');
    expect(await overrideKeys(judged)).not.toContain('L-3');
  });

  it('rejects with the reason recorded; a rejected override is never applied', async () => {
    const judged = await ctx.newJudgedEdition({ fourEyes: true });
    const proposed = await ctx.get(ResultsService).createOverride(a, judged.localTrack.id, {
      nominationId: judged.nominations.get('L-1')!.id,
      kind: 'EXCLUDE',
      justification: 'Acta 4: propuesta para discutir.',
    });
    const id = proposalId(proposed);
    await expect(sut.reject(b, id, { reason: 'El jurado no la acordó.' })).resolves.toMatchObject({
      status: 'REJECTED',
      decisionReason: 'El jurado no la acordó.',
    });
    await expect(sut.confirm(b, id)).rejects.toMatchObject({ code: 'PROPOSAL_DECIDED' });
    expect(await overrideKeys(judged)).not.toContain('L-1');
  });
});

describe(EditionsService.name, () => {
  let sut: EditionsService;

  beforeAll(() => {
    sut = ctx.get(EditionsService);
  });

  it('is on by default for a new edition, off for an imported one', async () => {
    const created = await sut.create(a, {
      name: 'Reconocimientos 2031',
      year: 2031,
      nominationsOpenAt: new Date('2031-01-15T09:00:00-06:00'),
      nominationsCloseAt: new Date('2031-02-28T18:00:00-06:00'),
      judgingOpenAt: new Date('2031-03-01T09:00:00-06:00'),
      judgingCloseAt: new Date('2031-03-31T18:00:00-06:00'),
      announcementAt: new Date('2031-04-13T10:00:00-06:00'),
      participatingStates: ['09'],
    });
    expect(created.fourEyes).toBe(true);
    const imported = await ctx.newJudgedEdition();
    expect(imported.edition.fourEyes).toBe(false);
  });

  it('turning four eyes off is itself a proposal B confirms; turning it on needs nobody', async () => {
    const { edition } = await ctx.newJudgedEdition({ fourEyes: true });
    const proposed = await sut.update(a, edition.id, { fourEyes: false });
    expect(proposed).toMatchObject({ proposal: { kind: 'FOUR_EYES_OFF' } });
    expect((await stored(edition.id)).fourEyes).toBe(true);
    await ctx.get(ProposalsService).confirm(b, proposalId(proposed));
    expect((await stored(edition.id)).fourEyes).toBe(false);
    await sut.update(a, edition.id, { fourEyes: true });
    expect((await stored(edition.id)).fourEyes).toBe(true);
  });

  it('expires a scoring-settings proposal once the settings changed under it', async () => {
    const { localTrack } = await ctx.newJudgedEdition({ fourEyes: true });
    const k = localTrack.judgesPerNomination;
    const first = await sut.updateTrack(a, localTrack.id, { judgesPerNomination: k + 1 });
    const second = await sut.updateTrack(a, localTrack.id, { judgesPerNomination: k + 2 });
    const proposals = ctx.get(ProposalsService);
    await proposals.confirm(b, proposalId(second));
    const track = await ctx.db.read((m) => m.findOneByOrFail(TrackEntity, { id: localTrack.id }));
    expect(track.judgesPerNomination).toBe(k + 2);
    await expect(proposals.confirm(b, proposalId(first))).rejects.toMatchObject({ code: 'PROPOSAL_STALE' });
  });
});

describe(FinalizationService.name, () => {
  let sut: FinalizationService;

  beforeAll(() => {
    sut = ctx.get(FinalizationService);
  });

  it('opens a correction only when B confirms it, and a sheet reopened in it likewise', async () => {
    const { edition, localTrack } = await ctx.newJudgedEdition({ fourEyes: true });
    const proposals = ctx.get(ProposalsService);
    await proposals.confirm(b, proposalId(await sut.finalize(a, edition.id, {})));
    const correction = await sut.openCorrection(a, edition.id, {
      justification: 'Fe de erratas: se revisa una hoja de evaluación.',
    });
    expect(correction).toMatchObject({ proposal: { kind: 'OPEN_CORRECTION', status: 'PENDING' } });
    expect((await stored(edition.id)).correctionOpenedAt).toBeNull();
    await proposals.confirm(b, proposalId(correction));
    expect((await stored(edition.id)).correctionOpenedAt).not.toBeNull();

    const sheets = ctx.get(ScoreSheetsService);
    const sheet = await ctx.db.read(async (m) => {
      const assignments = await m.findBy(AssignmentEntity, { trackId: localTrack.id });
      return m.findOneOrFail(ScoreSheetEntity, {
        where: { assignmentId: In(assignments.map((x) => x.id)), status: ScoreSheetStatus.SUBMITTED },
        order: { id: 'ASC' },
      });
    });
    const sheetStatus = async () =>
      (await ctx.db.read((m) => m.findOneByOrFail(ScoreSheetEntity, { id: sheet.id }))).status;
    const reopen = await sheets.reopen(a, sheet.assignmentId, {
      reason: 'El jurado pidió revisar un criterio.',
    });
    expect(reopen).toMatchObject({ proposal: { kind: 'REOPEN_SHEET', status: 'PENDING' } });
    expect(await sheetStatus()).toBe(ScoreSheetStatus.SUBMITTED);
    await proposals.confirm(b, proposalId(reopen));
    expect(await sheetStatus()).toBe(ScoreSheetStatus.DRAFT);
    expect((await ctx.get(AuditService).verify(a)).ok).toBe(true);
  });
});
