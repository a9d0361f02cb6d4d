import { AuthUser } from '../../../src/access/auth-user';
import { InstitutionEntity } from '../../../src/database/schema/institution.entity';
import { NominationEntity } from '../../../src/database/schema/nomination.entity';
import { TrackEntity } from '../../../src/database/schema/track.entity';
import { AssignmentsService } from '../../../src/judging/assignments/assignments.service';
import { PanelsService } from '../../../src/judging/panels/panels.service';
import { MediumContext } from '../support/medium-context';

export interface JudgingWorld {
  readonly organiser: AuthUser;
  readonly track: TrackEntity;
  readonly govCdmx: InstitutionEntity;
  /** 0–5 in competition (5 only SUBMITTED), 6 INELIGIBLE, 7 DRAFT. */
  readonly nominations: NominationEntity[];
  /** 0: CDMX government and state 09; 1: state 14; 2: states 15 and 20; 3: state 02. */
  readonly judges: AuthUser[];
}

/**
 * A judging track (k = 2) with four states' nominations and four judges whose affiliations bar some of them —
 * the panel not yet set. Judge 0 is conflicted with nominations 0 (nominee, state) and 4 (nominating); judge 1
 * with 1 and 4 (state 14); judge 2 with 2, 3 and 5 (states 15 and 20).
 */
export async function newJudgingWorld(ctx: MediumContext): Promise<JudgingWorld> {
  const organiser = await ctx.organiser();
  const edition = await ctx.newEdition({ phase: 'JUDGING' });
  const track = await ctx.newTrack(edition, { judgesPerNomination: 2 });
  const govCdmx = await ctx.newInstitution({ stateCode: '09' });
  const govJal = await ctx.newInstitution({ stateCode: '14' });
  const govMex = await ctx.newInstitution({ stateCode: '15' });
  const govOax = await ctx.newInstitution({ stateCode: '20' });
  const nominations = [
    await ctx.newNomination(track, govCdmx),
    await ctx.newNomination(track, govJal),
    await ctx.newNomination(track, govMex),
    await ctx.newNomination(track, govOax),
    await ctx.newNomination(track, govJal, { nominatingInstitutionId: govCdmx.id }),
    await ctx.newNomination(track, govOax, { status: 'SUBMITTED' }),
    await ctx.newNomination(track, govMex, { status: 'INELIGIBLE' }),
    await ctx.newNomination(track, govMex, { status: 'DRAFT' }),
  ];
  const judges = [
    await ctx.newJudge([{ institutionId: govCdmx.id, stateCode: '09' }]),
    await ctx.newJudge([{ stateCode: '14' }]),
    await ctx.newJudge([{ stateCode: '15' }, { stateCode: '20' }]),
    await ctx.newJudge([{ stateCode: '02' }]),
  ];
  return { organiser, track, govCdmx, nominations, judges };
}

/** The world with every judge on the panel and the automatic assignment run (12 assignments). */
export async function newAssignedWorld(ctx: MediumContext): Promise<JudgingWorld> {
  const world = await newJudgingWorld(ctx);
  await ctx.get(PanelsService).replace(world.organiser, world.track.id, {
    members: world.judges.map((j) => ({ judgeId: j.id })),
  });
  await ctx.get(AssignmentsService).autoAssign(world.organiser, world.track.id);
  return world;
}

export interface AssignmentRow {
  readonly id: string;
  readonly status: string;
  readonly source: string;
  readonly nominationId: string;
  readonly judgeId: string;
  readonly conflicts: readonly string[];
}

/** The track's assignments as its organiser lists them (active and recused), flattened. */
export async function assignmentRows(ctx: MediumContext, world: JudgingWorld): Promise<AssignmentRow[]> {
  const rows = await ctx.get(AssignmentsService).listForTrack(world.organiser, world.track.id);
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    source: r.source,
    nominationId: r.nomination!.id,
    judgeId: 'id' in r.judge ? r.judge.id : '',
    conflicts: r.conflicts,
  }));
}
