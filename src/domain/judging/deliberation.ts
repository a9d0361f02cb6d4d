/**
 * Deliberation (docs/judging.md, "Deliberation"): judges score alone; where the round allows it, a judge who has
 * submitted their own sheet on a nomination then sees the other judges' sheets on it and joins its discussion.
 * Organisers always see and moderate; observers read it, pseudonymised, once the results are public; nominators
 * never. In the consensus step a judge may revise a submitted sheet once, with a reason; both versions are kept.
 */
export type DeliberationViewer = 'JUDGE' | 'ORGANISER' | 'OBSERVER';

export interface DeliberationFacts {
  /** The round allows deliberation. */
  readonly enabled: boolean;
  /** JUDGE: their own sheet on the nomination in this round is submitted. */
  readonly ownSheetSubmitted: boolean;
  readonly resultsPublic: boolean;
}

export type DeliberationVerdict = 'ALLOW' | 'NOT_ENABLED' | 'SUBMIT_FIRST' | 'NOT_PUBLIC';

/** Whether `viewer` may read the nomination's deliberation (others' sheets and the discussion). */
export function deliberationAccess(
  viewer: DeliberationViewer,
  facts: DeliberationFacts,
): DeliberationVerdict {
  switch (viewer) {
    case 'ORGANISER':
      return 'ALLOW';
    case 'OBSERVER':
      return facts.resultsPublic ? 'ALLOW' : 'NOT_PUBLIC';
    case 'JUDGE':
      if (!facts.enabled) return 'NOT_ENABLED';
      return facts.ownSheetSubmitted ? 'ALLOW' : 'SUBMIT_FIRST';
  }
}

/** Posting, editing and deleting: judges who may read it and organisers, while the edition is not sealed. */
export function mayWriteDiscussion(
  viewer: DeliberationViewer,
  facts: DeliberationFacts & { readonly sealed: boolean },
): boolean {
  return viewer !== 'OBSERVER' && !facts.sealed && deliberationAccess(viewer, facts) === 'ALLOW';
}

export interface RevisionFacts {
  readonly consensusOpen: boolean;
  readonly status: 'DRAFT' | 'SUBMITTED';
  readonly alreadyRevised: boolean;
}

export type RevisionVerdict = 'ALLOW' | 'CONSENSUS_CLOSED' | 'NOT_SUBMITTED' | 'ALREADY_REVISED';

/** A consensus revision: only while the step is open, only of a submitted sheet, and only once. */
export function revisionAllowed(facts: RevisionFacts): RevisionVerdict {
  if (!facts.consensusOpen) return 'CONSENSUS_CLOSED';
  if (facts.status !== 'SUBMITTED') return 'NOT_SUBMITTED';
  return facts.alreadyRevised ? 'ALREADY_REVISED' : 'ALLOW';
}

/**
 * The labels of a nomination's judges in its deliberation: J1, J2… in the order they were assigned (ties by
 * judge id), so the same judge keeps its label on that nomination, and a label says nothing across nominations.
 */
export function deliberationLabels(
  assignments: readonly { readonly judgeId: string; readonly createdAt: Date }[],
): Map<string, string> {
  const ordered = [...assignments].sort(
    (a, b) =>
      a.createdAt.getTime() - b.createdAt.getTime() ||
      (a.judgeId < b.judgeId ? -1 : a.judgeId > b.judgeId ? 1 : 0),
  );
  const labels = new Map<string, string>();
  for (const a of ordered) if (!labels.has(a.judgeId)) labels.set(a.judgeId, `J${labels.size + 1}`);
  return labels;
}
