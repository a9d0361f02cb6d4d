import { publicSince } from './phase';

/** `months` calendar months after `from` (UTC), the day clamped to the month's last one. */
export function addMonths(from: Date, months: number): Date {
  const d = new Date(from.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** When the retention period of an edition ends (null while its results are not public). */
export function retentionDue(edition: {
  firstSealedAt: Date | null;
  publishedAt: Date | null;
  announcementAt: Date;
  retentionMonths: number;
}): Date | null {
  const since = publicSince(edition);
  return since ? addMonths(since, edition.retentionMonths) : null;
}
