import { zoneOffsetMs } from '../domain/editions/wall-clock';

export type ExportCell = string | number | null;

/** One table of an export: a sheet of the workbook, or the whole CSV file (the first table). */
export interface ExportTable {
  /** The sheet's name (≤ 31 characters, as spreadsheet programs allow). */
  readonly sheet: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly ExportCell[])[];
}

/**
 * An instant as ISO 8601 local time with its offset in the edition's timezone ("2026-03-16T18:00:00-06:00"):
 * what the minutes show, unambiguous for a reader and a program alike.
 */
export function localStamp(instant: Date | null, timeZone: string): string | null {
  if (instant === null) return null;
  const offsetMs = zoneOffsetMs(instant, timeZone);
  const local = new Date(instant.getTime() + offsetMs).toISOString().slice(0, 19);
  const minutes = Math.abs(offsetMs) / 60000;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${local}${offsetMs < 0 ? '-' : '+'}${hh}:${mm}`;
}
