import { EntityManager } from 'typeorm';
import { releasedFeedback } from '../domain/judging/feedback';
import { findIn } from './find-in';
import { AssignmentEntity } from './schema/assignment.entity';
import { FeedbackDecision, ScoreSheetEntity } from './schema/score-sheet.entity';

/**
 * The released feedback of each of these nominations that has some, as the nominating institution reads it
 * (domain/judging/feedback.ts decides which texts and in what order): its nomination page and its results mail.
 */
export async function releasedFeedbackOf(
  m: EntityManager,
  nominationIds: readonly string[],
): Promise<Map<string, string[]>> {
  const assignments = await findIn(m, AssignmentEntity, 'nominationId', nominationIds);
  const nominationOf = new Map(assignments.map((a) => [a.id, a.nominationId]));
  const sheets = await findIn(m, ScoreSheetEntity, 'assignmentId', [...nominationOf.keys()], {
    feedbackDecision: FeedbackDecision.RELEASED,
  });
  const grouped = new Map<string, ScoreSheetEntity[]>();
  for (const sheet of sheets) {
    const id = nominationOf.get(sheet.assignmentId)!;
    grouped.set(id, [...(grouped.get(id) ?? []), sheet]);
  }
  const byNomination = new Map<string, string[]>();
  for (const [id, group] of grouped) {
    const comments = releasedFeedback(group);
    if (comments.length > 0) byNomination.set(id, comments);
  }
  return byNomination;
}
