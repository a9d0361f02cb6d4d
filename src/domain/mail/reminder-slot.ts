/**
 * Which reminder slot is due before a deadline: the smallest offset (in hours) whose moment has passed, while the
 * deadline has not. After a pause (a restart, a stopped scheduler) only the latest slot is due, so a person gets
 * one reminder rather than every one missed. Null when none is due.
 */
export function dueReminderSlot(now: Date, deadline: Date, offsetsHours: readonly number[]): number | null {
  const remaining = deadline.getTime() - now.getTime();
  if (remaining <= 0) return null;
  const passed = offsetsHours.filter((hours) => remaining <= hours * 3600_000);
  return passed.length === 0 ? null : Math.min(...passed);
}

/** The local calendar day (YYYY-MM-DD) of an instant in a timezone: one organisers' digest per edition day. */
export function localDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
