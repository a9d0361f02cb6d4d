/**
 * Feedback to nominators: beside the private comment to the jury, a judge may write a comment for the nominating
 * institution. An organiser releases it (as written, or edited to remove what would identify the judge) or
 * withholds it with a reason, until the results are public; the nominator reads the released ones after that,
 * without the judges' names.
 */
export type FeedbackState = 'NONE' | 'PENDING' | 'RELEASED' | 'WITHHELD';

export interface FeedbackFacts {
  readonly status: 'DRAFT' | 'SUBMITTED';
  readonly feedback: string | null;
  readonly feedbackDecision: 'RELEASED' | 'WITHHELD' | null;
  readonly feedbackReleasedText: string | null;
}

/** Only a submitted sheet's feedback is reviewed: a draft may still change. */
export function feedbackState(sheet: FeedbackFacts): FeedbackState {
  if (sheet.status !== 'SUBMITTED' || !sheet.feedback) return 'NONE';
  return sheet.feedbackDecision ?? 'PENDING';
}

/**
 * What a nominator reads: the released texts of submitted sheets, sorted by their text so that the order says
 * nothing about which judge wrote which (sheets are otherwise ordered by judge or by time).
 */
export function releasedFeedback(sheets: readonly FeedbackFacts[]): string[] {
  return sheets
    .filter((s) => feedbackState(s) === 'RELEASED' && s.feedbackReleasedText)
    .map((s) => s.feedbackReleasedText!)
    .sort((a, b) => a.localeCompare(b, 'es'));
}

/**
 * A judge who changes the feedback (a reopened sheet) voids the decision taken on the old text: it is reviewed
 * again. The same text keeps it.
 */
export function feedbackAfterJudgeEdit(
  before: { feedback: string | null } | null,
  feedback: string | null,
): { feedbackDecisionVoided: boolean } {
  return { feedbackDecisionVoided: (before?.feedback ?? null) !== feedback };
}
