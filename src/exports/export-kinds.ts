/** The exports of an edition for the jury's minutes and the archive (docs/api.md, "Exports"). */
export const EXPORT_KINDS = ['nominations', 'assignments', 'score-sheets', 'results'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** `nominations.xlsx` → its kind and format; null for anything else (answered 404). */
export function parseExportFile(file: string): { kind: ExportKind; format: ExportFormat } | null {
  const dot = file.lastIndexOf('.');
  const kind = file.slice(0, dot) as ExportKind;
  const format = file.slice(dot + 1) as ExportFormat;
  return dot > 0 && EXPORT_KINDS.includes(kind) && EXPORT_FORMATS.includes(format) ? { kind, format } : null;
}
