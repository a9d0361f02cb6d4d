import { EntityManager, In } from 'typeorm';
import type { SealRoundInput, SealSheet, SealTrackInput, ResultsDocumentInput } from '../domain/seal';
import type { ShortlistRule } from '../domain/scoring/shortlist';
import { TrackRoundEntity } from '../database/schema/track-round.entity';
import { EditionEntity } from '../database/schema/edition.entity';
import { TrackEntity } from '../database/schema/track.entity';
import { AssignmentEntity, AssignmentStatus } from '../database/schema/assignment.entity';
import { PanelMemberEntity } from '../database/schema/panel-member.entity';
import { ScoreSheetEntity, ScoreSheetStatus } from '../database/schema/score-sheet.entity';
import { NominationEntity } from '../database/schema/nomination.entity';
import { OverrideEntity } from '../database/schema/override.entity';

/** Ids per `IN (…)` query, far below both databases' bound-parameter limits. */
const CHUNK = 500;

/** Everything the results of one track are computed from, read inside one unit of work. */
export interface LoadedTrack {
  readonly track: TrackEntity;
  /** Every nomination of the track, of every round (the scoring input has the current round's). */
  readonly nominations: readonly NominationEntity[];
  /** The track's overrides in the order they were made. */
  readonly overrides: readonly OverrideEntity[];
  /** Judges on the panel or with an assignment in the track (observers' J1, J2… are numbered over these). */
  readonly judgeIds: readonly string[];
  /** The scoring input with the database's ids (nominations carry their public keys). */
  readonly input: SealTrackInput;
}

/**
 * Reads a track's rubric, settings, categories, nominations with their statuses, submitted score sheets of
 * active assignments, and overrides, into the scoring input. The results preview, the finalisation, the CLI
 * and the bundle import all compute from this one function.
 */
export async function loadTrackInput(m: EntityManager, track: TrackEntity): Promise<LoadedTrack> {
  const all = await m.find(NominationEntity, { where: { trackId: track.id }, order: { id: 'ASC' } });
  const assignments = await m.find(AssignmentEntity, { where: { trackId: track.id }, order: { id: 'ASC' } });
  const panel = await m.find(PanelMemberEntity, { where: { trackId: track.id, round: track.round } });
  const overrides = await m.find(OverrideEntity, { where: { trackId: track.id }, order: { seq: 'ASC' } });
  const closed = await m.find(TrackRoundEntity, { where: { trackId: track.id }, order: { number: 'ASC' } });

  const sheets = await submittedSheets(m, assignments);
  const ofRound = (round: number) => ({
    nominations: all.filter((n) => n.roundReached >= round),
    sheets: sheets.filter((s) => s.round === round),
  });
  const current = ofRound(track.round);
  const rounds = closed.map((r): SealRoundInput => {
    const { nominations, sheets } = ofRound(r.number);
    const settings = { ...track, ...roundSettings(r) };
    return {
      number: r.number,
      input: trackInput(settings, nominations, sheets, []),
      rule: shortlistRule(r),
      shortlist: r.shortlist,
      justification: r.justification,
    };
  });

  const judgeIds = [
    ...new Set([
      ...panel.map((p) => p.judgeId),
      ...assignments.filter((a) => a.round === track.round).map((a) => a.judgeId),
    ]),
  ].sort(cmp);
  const input = trackInput(track, current.nominations, current.sheets, overrides);
  return {
    track,
    nominations: all,
    overrides,
    judgeIds,
    input: rounds.length ? { ...input, rounds } : input,
  };
}

/** A closed round's own settings over the track's: it awards nothing (no places, no mentions, no threshold). */
export function roundSettings(
  r: Pick<TrackRoundEntity, 'rubric' | 'judgesPerNomination' | 'minReviews' | 'aggregation' | 'blind'>,
) {
  return {
    rubric: r.rubric,
    judgesPerNomination: r.judgesPerNomination,
    minReviews: r.minReviews,
    aggregation: r.aggregation,
    blind: r.blind,
    places: 0,
    honourableMentions: 0,
    threshold: 0,
  };
}

export function shortlistRule(r: Pick<TrackRoundEntity, 'rule' | 'ruleSize' | 'ruleCut'>): ShortlistRule {
  switch (r.rule) {
    case 'TOP_N':
      return { kind: 'TOP_N', size: r.ruleSize ?? 0 };
    case 'CUT':
      return { kind: 'CUT', cut: r.ruleCut ?? 0 };
    case 'SELECTION':
      return { kind: 'SELECTION' };
  }
}

interface RoundSheet {
  nominationId: string;
  judgeId: string;
  round: number;
  scores: Record<string, number>;
  revision?: { scores: Record<string, number>; reason: string };
}

/** The submitted sheets of active assignments, by nomination then judge. */
async function submittedSheets(
  m: EntityManager,
  assignments: readonly AssignmentEntity[],
): Promise<RoundSheet[]> {
  const active = new Map(
    assignments.filter((a) => a.status === AssignmentStatus.ACTIVE).map((a) => [a.id, a] as const),
  );
  const ids = [...active.keys()];
  const sheets: RoundSheet[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await m.find(ScoreSheetEntity, {
      where: { assignmentId: In(ids.slice(i, i + CHUNK)), status: ScoreSheetStatus.SUBMITTED },
    });
    for (const sheet of rows) {
      const assignment = active.get(sheet.assignmentId)!;
      sheets.push({
        nominationId: assignment.nominationId,
        judgeId: assignment.judgeId,
        round: assignment.round,
        scores: sheet.scores,
        ...(sheet.originalScores
          ? { revision: { scores: sheet.originalScores, reason: sheet.revisionReason ?? '' } }
          : {}),
      });
    }
  }
  return sheets.sort((a, b) => cmp(a.nominationId, b.nominationId) || cmp(a.judgeId, b.judgeId));
}

/** The scoring input of a track from its rows (also used by the bundle import, from the bundle's rows). */
export function trackInput(
  track: Pick<
    TrackEntity,
    | 'code'
    | 'aggregation'
    | 'minReviews'
    | 'places'
    | 'honourableMentions'
    | 'threshold'
    | 'rubric'
    | 'categories'
  >,
  nominations: readonly Pick<NominationEntity, 'id' | 'key' | 'categoryKey' | 'status'>[],
  sheets: readonly SealSheet[],
  overrides: readonly Pick<OverrideEntity, 'nominationId' | 'kind' | 'award' | 'justification'>[],
): SealTrackInput {
  return {
    track: {
      code: track.code,
      settings: {
        aggregation: track.aggregation,
        minReviews: track.minReviews,
        places: track.places,
        honourableMentions: track.honourableMentions,
        threshold: track.threshold,
      },
      rubric: track.rubric.map((c) => ({
        key: c.key,
        name: c.name,
        weight: c.weight,
        min: c.min,
        max: c.max,
      })),
      categories: track.categories.map((c) => c.key),
    },
    nominations: nominations.map((n) => ({
      id: n.id,
      key: n.key,
      categoryKey: n.categoryKey,
      status: n.status,
    })),
    sheets: sheets.map((s) => ({
      nominationId: s.nominationId,
      judgeId: s.judgeId,
      scores: s.scores,
      ...(s.revision ? { revision: s.revision } : {}),
    })),
    overrides: overrides.map((o) => ({
      nominationId: o.nominationId,
      kind: o.kind,
      ...(o.kind === 'SET_AWARD' ? { award: o.award } : {}),
      justification: o.justification,
    })),
  };
}

/** Every track of the edition, by code. */
export async function loadEditionInput(
  m: EntityManager,
  edition: EditionEntity,
): Promise<{ tracks: LoadedTrack[]; input: ResultsDocumentInput }> {
  const rows = await m.find(TrackEntity, { where: { editionId: edition.id }, order: { code: 'ASC' } });
  const tracks: LoadedTrack[] = [];
  for (const track of rows) tracks.push(await loadTrackInput(m, track));
  return {
    tracks,
    input: { edition: { key: edition.key, name: edition.name }, tracks: tracks.map((t) => t.input) },
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
