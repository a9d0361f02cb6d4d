export type SubmissionWindow = 'NOT_OPEN' | 'OPEN' | 'CLOSED';

/** The deadline in force for one nomination: the edition's, or the organiser's extension when later. */
export function effectiveDeadline(nominationsCloseAt: Date, extendedUntil: Date | null): Date {
  return extendedUntil && extendedUntil.getTime() > nominationsCloseAt.getTime()
    ? extendedUntil
    : nominationsCloseAt;
}

/**
 * Deadlines are inclusive to the second: a submission stamped 18:00:00.xxx is taken when the deadline is
 * 18:00:00, one at 18:00:01 is not. People read deadlines in whole seconds, so the server does too.
 */
export function submissionWindow(now: Date, opensAt: Date, deadline: Date): SubmissionWindow {
  const second = Math.floor(now.getTime() / 1000);
  if (second < Math.floor(opensAt.getTime() / 1000)) return 'NOT_OPEN';
  return second <= Math.floor(deadline.getTime() / 1000) ? 'OPEN' : 'CLOSED';
}
