import { EntityManager, In } from 'typeorm';
import type { SealTrackInput, ResultsDocumentInput } from '../domain/seal';
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
  /** Every nomination of the track (the scoring module decides which compete). */
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
  const nominations = await m.find(NominationEntity, { where: { trackId: track.id }, order: { id: 'ASC' } });
  const assignments = await m.find(AssignmentEntity, { where: { trackId: track.id }, order: { id: 'ASC' } });
  const panel = await m.find(PanelMemberEntity, { where: { trackId: track.id } });
  const overrides = await m.find(OverrideEntity, { where: { trackId: track.id }, order: { seq: 'ASC' } });

  const active = new Map(
    assignments.filter((a) => a.status === AssignmentStatus.ACTIVE).map((a) => [a.id, a] as const),
  );
  const ids = [...active.keys()];
  const sheets: { nominationId: string; judgeId: string; scores: Record<string, number> }[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await m.find(ScoreSheetEntity, {
      where: { assignmentId: In(ids.slice(i, i + CHUNK)), status: ScoreSheetStatus.SUBMITTED },
    });
    for (const sheet of rows) {
      const assignment = active.get(sheet.assignmentId)!;
      sheets.push({
        nominationId: assignment.nominationId,
        judgeId: assignment.judgeId,
        scores: sheet.scores,
      });
    }
  }
  sheets.sort((a, b) => cmp(a.nominationId, b.nominationId) || cmp(a.judgeId, b.judgeId));

  const judgeIds = [...new Set([...panel.map((p) => p.judgeId), ...assignments.map((a) => a.judgeId)])].sort(
    cmp,
  );
  return {
    track,
    nominations,
    overrides,
    judgeIds,
    input: trackInput(track, nominations, sheets, overrides),
  };
}

/** The scoring input of a track from its rows (also used by the bundle import, from the bundle's rows). */
export function trackInput(
  track: TrackEntity,
  nominations: readonly Pick<NominationEntity, 'id' | 'key' | 'categoryKey' | 'status'>[],
  sheets: readonly { nominationId: string; judgeId: string; scores: Record<string, number> }[],
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
    sheets: sheets.map((s) => ({ nominationId: s.nominationId, judgeId: s.judgeId, scores: s.scores })),
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
