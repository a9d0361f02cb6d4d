import { stateName } from '../catalog/states';
import { CsvCell, toCsv } from '../common/csv/csv-safe';
import type { ResultsDocument } from '../domain/seal';
import type { Award } from '../domain/scoring/types';
import { AWARD_LABEL_ES, AWARD_ORDER } from './awards-labels';
import type { PublicSnapshot } from './public-snapshot';

/** One practice of the public catalogue: what its nominator consented to show, and its award if any. */
export interface Practice {
  key: string;
  title: string;
  summary: string;
  track: { code: string; name: string };
  category: { key: string; name: string } | null;
  state: { code: string; name: string } | null;
  nomineeInstitution: string;
  nominatingInstitution: string;
  evidenceUrls: string[];
  /** The final award of the seal in force, or null. */
  award: Award | null;
}

/** `award`: one award, `ANY` (every awarded practice) or `NONE` (every practice without an award). */
export interface PracticeFilter {
  state?: string;
  track?: string;
  category?: string;
  award?: Award | 'ANY' | 'NONE';
  q?: string;
}

/**
 * The catalogue of an edition: the nominations in competition named by the sealed document (their public
 * descriptions frozen in the seal's snapshot) whose nominators consented, with the final award of each. By
 * track code, award (winners first, in award order), then key.
 */
export function practicesOf(
  snapshot: PublicSnapshot,
  document: ResultsDocument,
  consenting: ReadonlySet<string>,
): Practice[] {
  const awards = new Map<string, Award | null>();
  for (const track of document.tracks) {
    for (const category of track.results) {
      for (const row of category.rows) awards.set(`${track.code}\u0000${row.nominationKey}`, row.finalAward);
    }
  }
  const tracks = new Map(snapshot.tracks.map((t) => [t.code as string, t]));
  const practices = snapshot.nominations
    .filter((n) => consenting.has(n.key))
    .map((n): Practice => {
      const track = tracks.get(n.trackCode);
      const categoryName = n.categoryKey
        ? (track?.categories.find((c) => c.key === n.categoryKey)?.name ?? n.categoryKey)
        : null;
      return {
        key: n.key,
        title: n.title,
        summary: n.summary,
        track: { code: n.trackCode, name: track?.name ?? n.trackCode },
        category: n.categoryKey ? { key: n.categoryKey, name: categoryName ?? n.categoryKey } : null,
        state: n.stateCode ? { code: n.stateCode, name: stateName(n.stateCode) ?? n.stateCode } : null,
        nomineeInstitution: n.nomineeInstitution.name,
        nominatingInstitution: n.nominatingInstitution.name,
        evidenceUrls: [...n.evidenceUrls],
        award: awards.get(`${n.trackCode}\u0000${n.key}`) ?? null,
      };
    });
  const rank = (a: Award | null) => (a === null ? AWARD_ORDER.length : AWARD_ORDER.indexOf(a));
  return practices.sort(
    (a, b) => cmp(a.track.code, b.track.code) || rank(a.award) - rank(b.award) || cmp(a.key, b.key),
  );
}

/** Lower case without accents or repeated blanks, so that "oaxaca" finds "Oaxaca" and "participacion" finds "participación". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function filterPractices(practices: readonly Practice[], filter: PracticeFilter): Practice[] {
  const words = filter.q ? searchable(filter.q).split(' ').filter(Boolean) : [];
  return practices.filter((p) => {
    if (filter.state && p.state?.code !== filter.state) return false;
    if (filter.track && p.track.code !== filter.track) return false;
    if (filter.category && p.category?.key !== filter.category) return false;
    if (filter.award === 'ANY' && p.award === null) return false;
    if (filter.award === 'NONE' && p.award !== null) return false;
    if (filter.award && filter.award !== 'ANY' && filter.award !== 'NONE' && p.award !== filter.award) {
      return false;
    }
    if (words.length === 0) return true;
    const text = searchable(
      [p.title, p.summary, p.nomineeInstitution, p.nominatingInstitution, p.state?.name ?? ''].join(' '),
    );
    return words.every((w) => text.includes(w));
  });
}

const COLUMNS = [
  'edicion',
  'clave_postulacion',
  'titulo',
  'resumen',
  'categoria_reconocimiento',
  'nombre_categoria_reconocimiento',
  'subcategoria',
  'nombre_subcategoria',
  'entidad',
  'entidad_nombre',
  'institucion_reconocida',
  'institucion_postulante',
  'enlaces_evidencia',
  'premio',
  'premio_texto',
];

/** The catalogue as open data: UTF-8 CSV with BOM, text quoted (state codes such as "09" stay text). */
export function practicesCsv(edition: { key: string }, practices: readonly Practice[]): Buffer {
  const rows: CsvCell[][] = practices.map((p) => [
    edition.key,
    p.key,
    p.title,
    p.summary,
    p.track.code,
    p.track.name,
    p.category?.key ?? '',
    p.category?.name ?? '',
    p.state?.code ?? '',
    p.state?.name ?? '',
    p.nomineeInstitution,
    p.nominatingInstitution,
    p.evidenceUrls.join(' '),
    p.award ?? '',
    p.award ? AWARD_LABEL_ES[p.award] : '',
  ]);
  return toCsv(rows, { columns: COLUMNS, quoteText: true });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
