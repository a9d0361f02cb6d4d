/** The dates and organiser actions that decide which phase of an edition is in force. */
export interface EditionTimeline {
  readonly nominationsOpenAt: Date;
  readonly nominationsCloseAt: Date;
  readonly judgingOpenAt: Date;
  readonly judgingCloseAt: Date;
  readonly announcementAt: Date;
  readonly finalizedAt: Date | null;
  readonly publishedAt: Date | null;
}

export type EditionPhase =
  'SETUP' | 'NOMINATIONS' | 'REVIEW' | 'JUDGING' | 'DELIBERATION' | 'FINALIZED' | 'PUBLISHED';

/**
 * The phase in force at `now`. Finalisation and publication (organiser actions) take precedence over the
 * calendar; results are public once finalised and either announced by the clock or published explicitly.
 */
export function editionPhase(edition: EditionTimeline, now: Date): EditionPhase {
  if (edition.finalizedAt) return resultsArePublic(edition, now) ? 'PUBLISHED' : 'FINALIZED';
  const t = now.getTime();
  if (t < edition.nominationsOpenAt.getTime()) return 'SETUP';
  if (t <= edition.nominationsCloseAt.getTime()) return 'NOMINATIONS';
  if (t < edition.judgingOpenAt.getTime()) return 'REVIEW';
  if (t <= edition.judgingCloseAt.getTime()) return 'JUDGING';
  return 'DELIBERATION';
}

export function resultsArePublic(edition: EditionTimeline, now: Date): boolean {
  if (!edition.finalizedAt) return false;
  return edition.publishedAt !== null || now.getTime() >= edition.announcementAt.getTime();
}

/**
 * When sealed results became public: an early publication, else the announcement — never before the first
 * seal (null while unsealed). The winners page shows it; retention periods count from it.
 */
export function publicSince(edition: {
  firstSealedAt: Date | null;
  publishedAt: Date | null;
  announcementAt: Date;
}): Date | null {
  if (!edition.firstSealedAt) return null;
  const { publishedAt, announcementAt } = edition;
  const opened = publishedAt && publishedAt < announcementAt ? publishedAt : announcementAt;
  return new Date(Math.max(edition.firstSealedAt.getTime(), opened.getTime()));
}

export type TimelineProblem = { field: keyof EditionTimeline; rule: 'ORDER' };

/** The instants an organiser sets, in the order they must follow. */
export const TIMELINE_INSTANTS = [
  'nominationsOpenAt',
  'nominationsCloseAt',
  'judgingOpenAt',
  'judgingCloseAt',
  'announcementAt',
] as const;

/** Phase dates must follow one another: open ≤ close ≤ judging open ≤ judging close ≤ announcement. */
export function timelineProblems(
  edition: Omit<EditionTimeline, 'finalizedAt' | 'publishedAt'>,
): TimelineProblem[] {
  const order = TIMELINE_INSTANTS;
  const problems: TimelineProblem[] = [];
  for (let i = 1; i < order.length; i++) {
    const previous = edition[order[i - 1]];
    const current = edition[order[i]];
    if (current.getTime() < previous.getTime()) problems.push({ field: order[i], rule: 'ORDER' });
  }
  return problems;
}
