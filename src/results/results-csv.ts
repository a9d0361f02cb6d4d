import { CsvCell, toCsv } from '../common/csv/csv-safe';
import type { ResultsDocument } from '../domain/seal';
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
  'puntuacion_agregada',
  'posicion',
  'decision_del_jurado',
  'sello_sha256',
];

/**
 * The final awards as CSV (UTF-8 with BOM, so spreadsheet programs read the accents): one line per award
 * holder and one per DESIERTO place, by track code, category and award order.
 */
export function resultsCsv(document: ResultsDocument, snapshot: PublicSnapshot, sha256: string): Buffer {
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
      rows.push([...base, 'sí', '', '', '', '', '', '', '', '', sha256]);
      continue;
    }
    const docRows = document.tracks
      .find((t) => t.code === line.trackCode)!
      .results.find((c) => c.categoryKey === line.categoryKey)!.rows;
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
        row.aggregate === null ? '' : row.aggregate.toFixed(6),
        row.rank,
        row.overridden ? 'sí' : 'no',
        sha256,
      ]);
    }
  }
  // Titles and names are nominators' text: toCsv neutralises any that would start a spreadsheet formula.
  return toCsv(rows, { columns: COLUMNS });
}
