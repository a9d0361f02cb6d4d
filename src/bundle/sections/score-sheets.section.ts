import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { scoreProblems } from '../../domain/judging/score-rules';
import { Criterion } from '../../database/schema/track.entity';
import {
  FeedbackDecision,
  ScoreSheetEntity,
  ScoreSheetStatus,
} from '../../database/schema/score-sheet.entity';
import { BundleScoreSheet } from '../format/bundle-format';
import { integer, arrayOf, ref, strictObject, stringOrNull } from '../format/schema-parts';
import { chunks } from './export-context';
import { assignmentKey, insertRows } from './import-context';
import { BundleSection, byKeys, checkUnique, compareStrings, instant, iso } from './section';
import { ownScore } from '../../domain/editions/rubric-keys';

/** Scores in rubric order (then any other key, sorted): the same object whatever order they were stored in. */
function orderedScores(rubric: readonly Criterion[], scores: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of rubric) {
    const score = ownScore(scores, c.key);
    if (typeof score === 'number') out[c.key] = score;
  }
  for (const key of Object.keys(scores).sort(compareStrings))
    if (!Object.hasOwn(out, key)) out[key] = scores[key];
  return out;
}

/** Each assignment's score sheet (by nomination key and judge email): a score per criterion, comment, status. */
export const scoreSheetsSection: BundleSection<'scoreSheets'> = {
  name: 'scoreSheets',
  schema: arrayOf(
    strictObject(
      {
        nominationKey: ref('keyRef'),
        judgeEmail: ref('email'),
        round: integer(2, 50),
        scores: {
          description: 'Criterion key → score inside the criterion’s [min, max]',
          type: 'object',
          propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9_-]{0,39}$' },
          additionalProperties: { type: 'number' },
        },
        comment: stringOrNull(10000),
        status: { type: 'string', enum: Object.values(ScoreSheetStatus).sort() },
        submittedAt: ref('instantOrNull'),
        reopenedAt: ref('instantOrNull'),
        reopenReason: stringOrNull(2000),
        createdAt: ref('instant'),
        updatedAt: ref('instant'),
        // Feedback to the nominating institution and the organiser's decision on it (docs/judging.md); optional,
        // so bundles written before it existed still import.
        feedback: stringOrNull(5000),
        feedbackDecision: {
          type: ['string', 'null'],
          enum: [...Object.values(FeedbackDecision).sort(), null],
        },
        feedbackReleasedText: stringOrNull(5000),
        feedbackReason: stringOrNull(2000),
        feedbackDecidedAt: ref('instantOrNull'),
        // A consensus revision (docs/judging.md, "Deliberation"): the first version kept beside the counted one.
        originalScores: {
          type: ['object', 'null'],
          propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9_-]{0,39}$' },
          additionalProperties: { type: 'number' },
        },
        originalComment: stringOrNull(10000),
        originalSubmittedAt: ref('instantOrNull'),
        revisionReason: stringOrNull(2000),
        revisedAt: ref('instantOrNull'),
      },
      [
        'round',
        'feedback',
        'feedbackDecision',
        'feedbackReleasedText',
        'feedbackReason',
        'feedbackDecidedAt',
        'originalScores',
        'originalComment',
        'originalSubmittedAt',
        'revisionReason',
        'revisedAt',
      ],
    ),
  ),

  async export(ctx): Promise<BundleScoreSheet[]> {
    const sheets: ScoreSheetEntity[] = [];
    for (const chunk of chunks([...ctx.assignments.keys()])) {
      sheets.push(...(await ctx.m.findBy(ScoreSheetEntity, { assignmentId: In(chunk) })));
    }
    return sheets
      .map((s) => {
        const assignment = ctx.assignments.get(s.assignmentId)!;
        const track = ctx.tracks.get(assignment.trackId);
        const closed = ctx.rounds.get(assignment.trackId)?.find((r) => r.number === assignment.round);
        return {
          nominationKey: ctx.nominationKey(assignment.nominationId),
          judgeEmail: ctx.userEmail(assignment.judgeId),
          ...(assignment.round > 1 ? { round: assignment.round } : {}),
          scores: orderedScores((closed ?? track)?.rubric ?? [], s.scores),
          comment: s.comment,
          status: s.status,
          submittedAt: iso(s.submittedAt),
          reopenedAt: iso(s.reopenedAt),
          reopenReason: s.reopenReason,
          createdAt: s.createdAt.toISOString(),
          updatedAt: s.updatedAt.toISOString(),
          feedback: s.feedback,
          feedbackDecision: s.feedbackDecision,
          feedbackReleasedText: s.feedbackReleasedText,
          feedbackReason: s.feedbackReason,
          feedbackDecidedAt: iso(s.feedbackDecidedAt),
          ...(s.originalScores
            ? {
                originalScores: orderedScores((closed ?? track)?.rubric ?? [], s.originalScores),
                originalComment: s.originalComment,
                originalSubmittedAt: iso(s.originalSubmittedAt),
                revisionReason: s.revisionReason,
                revisedAt: iso(s.revisedAt),
              }
            : {}),
        };
      })
      .sort(
        byKeys(
          (s) => s.nominationKey,
          (s) => s.judgeEmail,
          (s) => String(s.round ?? 1).padStart(3, '0'),
        ),
      );
  },

  check({ bundle, index, problems }) {
    const pair = (s: { nominationKey: string; judgeEmail: string; round?: number }) =>
      assignmentKey(s.nominationKey, s.judgeEmail, s.round);
    checkUnique(bundle.scoreSheets, pair, problems, (i) => ['scoreSheets', i, 'judgeEmail']);
    const assigned = new Set(bundle.assignments.map(pair));
    const tracksWithSubmitted = new Set<string>();
    bundle.scoreSheets.forEach((sheet, i) => {
      const at = (...path: (string | number)[]) => ['scoreSheets', i, ...path];
      if (!assigned.has(pair(sheet))) {
        problems.add(
          at('judgeEmail'),
          'unknownReference',
          'no hay una asignación de esta postulación a este jurado en el paquete',
          'the bundle has no assignment of this nomination to this judge',
        );
      }
      const nomination = index.nominations.get(sheet.nominationKey);
      const track = nomination && index.tracks.get(nomination.trackCode);
      // A closed round's sheet is checked against that round's rubric; the current round's freeze the track.
      const round = sheet.round ?? 1;
      const rubric = track && (track.rounds?.find((r) => r.number === round)?.rubric ?? track.rubric);
      if (track && rubric) {
        const submitted = sheet.status === ScoreSheetStatus.SUBMITTED;
        if (submitted && round === (track.round ?? 1)) tracksWithSubmitted.add(track.code);
        for (const p of scoreProblems(rubric, sheet.scores, submitted ? 'SUBMIT' : 'DRAFT')) {
          switch (p.rule) {
            case 'MISSING':
              problems.add(
                at('scores', p.key),
                'required',
                'es obligatorio en una hoja enviada',
                'is required in a submitted sheet',
              );
              break;
            case 'UNKNOWN_CRITERION':
              problems.add(
                at('scores', p.key),
                'unknownCriterion',
                `no es un criterio de la rúbrica de ${track.code}`,
                `is not a criterion of the rubric of ${track.code}`,
              );
              break;
            case 'NOT_A_NUMBER':
              problems.add(at('scores', p.key), 'type', 'debe ser un número', 'must be a number');
              break;
            case 'OUT_OF_RANGE':
              problems.add(
                at('scores', p.key),
                'range',
                `debe estar entre ${p.min} y ${p.max}`,
                `must be between ${p.min} and ${p.max}`,
              );
              break;
          }
        }
      }
      if (sheet.status === ScoreSheetStatus.SUBMITTED && sheet.submittedAt === null) {
        problems.add(
          at('submittedAt'),
          'required',
          'es obligatoria con el estado SUBMITTED',
          'is required with the status SUBMITTED',
        );
      }
    });
    // The rubric and scoring settings freeze with the first submitted sheet; an unfrozen track could change them.
    bundle.tracks.forEach((track, i) => {
      if (tracksWithSubmitted.has(track.code) && track.frozenAt === null) {
        problems.add(
          ['tracks', i, 'frozenAt'],
          'required',
          'es obligatoria: la convocatoria tiene hojas de evaluación enviadas',
          'is required: the track has submitted score sheets',
        );
      }
    });
  },

  async import(ctx) {
    const rows = ctx.bundle.scoreSheets.map((s) =>
      ctx.m.create(ScoreSheetEntity, {
        id: randomUUID(),
        assignmentId: ctx.rows.assignments.get(assignmentKey(s.nominationKey, s.judgeEmail, s.round))!,
        scores: s.scores,
        comment: s.comment,
        status: s.status,
        submittedAt: instant(s.submittedAt),
        reopenedAt: instant(s.reopenedAt),
        reopenReason: s.reopenReason,
        feedback: s.feedback ?? null,
        feedbackDecision: s.feedbackDecision ?? null,
        feedbackReleasedText: s.feedbackReleasedText ?? null,
        feedbackReason: s.feedbackReason ?? null,
        feedbackDecidedAt: instant(s.feedbackDecidedAt ?? null),
        originalScores: s.originalScores ?? null,
        originalComment: s.originalComment ?? null,
        originalSubmittedAt: instant(s.originalSubmittedAt ?? null),
        revisionReason: s.revisionReason ?? null,
        revisedAt: instant(s.revisedAt ?? null),
        createdAt: instant(s.createdAt),
        updatedAt: instant(s.updatedAt),
      }),
    );
    await insertRows(ctx, ScoreSheetEntity, rows, 'score sheets');
    ctx.counts.scoreSheets = rows.length;
  },
};
