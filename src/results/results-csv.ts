import { CsvCell, toCsv } from '../common/csv/csv-safe';
import { stateName } from '../catalog/states';
import type { ResultsDocument, TrackDocument } from '../domain/seal';
import { AWARD_LABEL_ES } from './awards-labels';
import { finalAwards } from '../domain/verification';
import type { PublicSnapshot } from './public-snapshot';

const COLUMNS = [
  'edicion',
  'categoria_reconocimiento',
  'nombre_categoria_reconocimiento',
  'subcategoria',
  'premio',
  'premio_texto',
  'desierto',
  'clave_postulacion',
  'titulo',
  'institucion_reconocida',
  'institucion_postulante',
  'entidad',
  'entidad_nombre',
  'puntuacion_agregada',
  'posicion',
  'decision_del_jurado',
  'justificacion_del_jurado',
  'sello_version',
  'sello_sha256',
];

/**
 * The final awards as CSV (UTF-8 with BOM, so spreadsheet programs read the accents): one line per award
 * holder and one per DESIERTO place, by track code, category and award order. Text cells are quoted, so codes
 * such as the state's INEGI code "09" stay text; the jury's minute of the override in force is its own column.
 */
export function resultsCsv(
  document: ResultsDocument,
  snapshot: PublicSnapshot,
  seal: { sha256: string; version: number },
): Buffer {
  const { sha256, version } = seal;
  const nominations = new Map(snapshot.nominations.map((n) => [`${n.trackCode}\u0000${n.key}`, n]));
  const trackNames = new Map(snapshot.tracks.map((t) => [t.code as string, t]));
  const rows: CsvCell[][] = [];
  for (const line of finalAwards(document)) {
    const track = trackNames.get(line.trackCode);
    const category = line.categoryKey
      ? (track?.categories.find((c) => c.key === line.categoryKey)?.name ?? line.categoryKey)
      : '';
    const base = [
      document.edition.name,
      line.trackCode,
      track?.name ?? line.trackCode,
      category,
      line.award,
      AWARD_LABEL_ES[line.award],
    ];
    if (line.nominationKeys.length === 0) {
      rows.push([...base, 'sí', '', '', '', '', '', '', '', '', '', '', version, sha256]);
      continue;
    }
    const trackDocument = document.tracks.find((t) => t.code === line.trackCode)!;
    const docRows = trackDocument.results.find((c) => c.categoryKey === line.categoryKey)!.rows;
    for (const key of line.nominationKeys) {
      const n = nominations.get(`${line.trackCode}\u0000${key}`);
      const row = docRows.find((r) => r.nominationKey === key)!;
      rows.push([
        ...base,
        'no',
        key,
        n?.title ?? '',
        n?.nomineeInstitution.name ?? '',
        n?.nominatingInstitution.name ?? '',
        n?.stateCode ?? '',
        n?.stateCode ? (stateName(n.stateCode) ?? '') : '',
        row.aggregate === null ? '' : row.aggregate.toFixed(6),
        row.rank,
        row.overridden ? 'sí' : 'no',
        row.overridden ? minuteInForce(trackDocument, key) : '',
        version,
        sha256,
      ]);
    }
  }
  // Titles and names are nominators' text: toCsv neutralises any that would start a spreadsheet formula.
  return toCsv(rows, { columns: COLUMNS, quoteText: true });
}

/** The justification of the override in force on a nomination (the last applied one). */
export function minuteInForce(track: TrackDocument, nominationKey: string): string {
  const applied = track.overrides.filter((o) => o.nominationKey === nominationKey && o.applied);
  return applied.length > 0 ? applied[applied.length - 1].justification : '';
}
