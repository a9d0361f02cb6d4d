import { EntityManager } from 'typeorm';
import { notFound } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { EditionEntity } from '../database/schema/edition.entity';
import { TrackEntity } from '../database/schema/track.entity';
import { NominationEntity } from '../database/schema/nomination.entity';
import { AssignmentEntity } from '../database/schema/assignment.entity';
import { JudgingErrors } from './judging.errors';

export interface TrackContext {
  readonly track: TrackEntity;
  readonly edition: EditionEntity;
}

export interface AssignmentContext extends TrackContext {
  readonly assignment: AssignmentEntity;
  readonly nomination: NominationEntity;
}

/** The track and its edition, or 404. */
export async function loadTrack(m: EntityManager, trackId: string): Promise<TrackContext> {
  const track = await m.findOneBy(TrackEntity, { id: trackId });
  if (!track) throw notFound();
  const edition = await m.findOneByOrFail(EditionEntity, { id: track.editionId });
  return { track, edition };
}

/** After finalisation everything about judging is locked (409). */
export function assertNotFinalized(edition: EditionEntity): void {
  if (edition.finalizedAt) throw new DomainException(JudgingErrors.EDITION_FINALIZED);
}

/**
 * Score sheets: locked after finalisation too, except while a correction of the sealed results is open, when
 * an organiser may reopen a sheet and its judge change and resubmit it (docs/results.md, "Corrections").
 */
export function assertSheetsOpen(edition: EditionEntity): void {
  if (edition.finalizedAt && !edition.correctionOpenedAt) {
    throw new DomainException(JudgingErrors.EDITION_FINALIZED);
  }
}

/** The assignment with its nomination, track and edition; null when there is no such assignment. */
export async function loadAssignment(m: EntityManager, id: string): Promise<AssignmentContext | null> {
  const assignment = await m.findOneBy(AssignmentEntity, { id });
  if (!assignment) return null;
  const nomination = await m.findOneByOrFail(NominationEntity, { id: assignment.nominationId });
  const context = await loadTrack(m, assignment.trackId);
  return { assignment, nomination, ...context };
}
