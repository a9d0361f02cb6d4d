/**
 * Time-zone arithmetic on instants, with the platform's IANA database (Intl), no library needed for the two
 * operations the product uses: showing an instant in the edition's zone, and moving a local wall-clock time
 * by whole years (cloning an edition keeps the local times, one year later, across DST rule changes).
 */

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/**
 * Formatters by locale and zone. Building an Intl.DateTimeFormat costs far more than using one (it was most of
 * the time of rendering a date on the winners page, docs/performance.md); they are immutable, so one per
 * (locale, zone) is kept. Only zones that passed isValidTimeZone reach here, so the map stays small.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: 'en-US' | 'es-MX' | 'en-GB', timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(key, format);
  }
  return format;
}

function wallClockOf(instant: Date, timeZone: string): WallClock {
  const parts = formatter('en-US', timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
    millisecond: instant.getUTCMilliseconds(),
  };
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds. */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const w = wallClockOf(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return asUtc - instant.getTime();
}

/**
 * The instant at which the wall clock in `timeZone` shows the given local time: the earlier one when the
 * clocks go back and the time occurs twice (a fold); when the clocks go forward and the time does not exist
 * (a gap), the time the clocks show one gap later (02:30 becomes 03:30), whichever side of UTC the zone is.
 */
export function instantAtWallClock(w: WallClock, timeZone: string): Date {
  const guess = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  // The offsets in force a day either side cover any single transition near this local time.
  const before = zoneOffsetMs(new Date(guess - 86_400_000), timeZone);
  const after = zoneOffsetMs(new Date(guess + 86_400_000), timeZone);
  const matches = [guess - before, guess - after].filter(
    (instant) => instant + zoneOffsetMs(new Date(instant), timeZone) === guess,
  );
  // No match: a gap. The offset before the transition lands past it, by the length of the gap.
  return new Date(matches.length > 0 ? Math.min(...matches) : guess - before);
}

/** The same local wall-clock time, `years` later (29 Feb becomes 28 Feb in a common year). */
export function shiftWallClockYears(instant: Date, timeZone: string, years: number): Date {
  const w = wallClockOf(instant, timeZone);
  const year = w.year + years;
  const lastDay = new Date(Date.UTC(year, w.month, 0)).getUTCDate();
  return instantAtWallClock({ ...w, year, day: Math.min(w.day, lastDay) }, timeZone);
}

/** e.g. "16/03/2018 18:00:00 (America/Mexico_City, UTC−05:00)": what deadline messages show. */
export function formatInZone(instant: Date, timeZone: string, language: 'es' | 'en'): string {
  const text = formatter(language === 'es' ? 'es-MX' : 'en-GB', timeZone).format(instant);
  const offset = zoneOffsetMs(instant, timeZone) / 60000;
  const sign = offset < 0 ? '−' : '+';
  const abs = Math.abs(offset);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${text} (${timeZone}, UTC${sign}${hhmm})`;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
