import { instantAtWallClock, zoneOffsetMs } from '../domain/editions/wall-clock';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A `datetime-local` value ("2026-03-16T18:00") read in `timeZone` as an ISO instant; `end` makes it the last
 * millisecond of that minute (an inclusive upper bound). Blank → undefined; anything else is passed through for
 * the DTO to refuse, naming the field.
 */
export function localInputToIso(value: string, timeZone: string, end = false): string | undefined {
  if (!value.trim()) return undefined;
  const m = LOCAL.exec(value.trim());
  if (!m) return value;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  const instant = instantAtWallClock(
    { year, month, day, hour, minute, second: end ? 59 : 0, millisecond: end ? 999 : 0 },
    timeZone,
  );
  return instant.toISOString();
}

/** An instant as a `datetime-local` value ("2026-03-16T18:00") in `timeZone`; '' for none. */
export function isoToLocalInput(instant: Date | string | null, timeZone: string): string {
  if (instant === null) return '';
  const d = new Date(instant);
  return new Date(d.getTime() + zoneOffsetMs(d, timeZone)).toISOString().slice(0, 16);
}
