import type { Evaluation, RankGroup } from './evaluate';
import { formatRounded } from './round';
import type { PreparedTrack } from './prepare';
import type { LocalizedText, NeighbourComparison, RankTrace, StepComparison } from './types';

/** Shared by every row that is not in a tie (read-only). */
const NO_TIE: readonly string[] = [];

/**
 * Traces of one category: for every rank group, how it was decided against the group just above and just
 * below (any member of a neighbouring group compares the same, so the lowest id stands for it), the members of
 * an unresolved tie, and a short bilingual explanation. Returns the trace per nomination index.
 */
export function categoryTraces(
  prep: PreparedTrack,
  evaluation: Evaluation,
  groups: readonly RankGroup[],
): Map<number, RankTrace> {
  const ids = prep.nominationIds;
  const count = groups.reduce((n, g) => n + g.members.length, 0);
  const compare = (own: RankGroup, other: RankGroup | undefined): NeighbourComparison | null => {
    if (!other) return null;
    const { decidedBy, steps } = evaluation.tieBreaker.steps(own.members[0], other.members[0]);
    if (!decidedBy) throw new Error('categoryTraces: neighbouring rank groups compare equal');
    return { nominationId: ids[other.members[0]], decidedBy, steps };
  };
  const traces = new Map<number, RankTrace>();
  groups.forEach((group, g) => {
    const above = compare(group, groups[g - 1]);
    const below = compare(group, groups[g + 1]);
    const aboveText = above && describe(above);
    const belowText = below && describe(below);
    const tieSteps =
      group.members.length > 1 ? evaluation.tieBreaker.steps(group.members[0], group.members[1]).steps : [];
    for (const i of group.members) {
      const tiedWith =
        group.members.length === 1 ? NO_TIE : group.members.filter((m) => m !== i).map((m) => ids[m]);
      traces.set(i, {
        rank: group.rank,
        above,
        below,
        tiedWith,
        explanation: explain(
          group.rank,
          count,
          aboveText,
          above?.nominationId ?? '',
          belowText,
          below?.nominationId ?? '',
          tiedWith,
          tieSteps,
        ),
      });
    }
  });
  return traces;
}

function stepNameEn(step: StepComparison): string {
  switch (step.step) {
    case 'AGGREGATE':
      return 'aggregate';
    case 'CRITERION':
      return `mean normalised score on criterion "${step.criterionKey}"`;
    case 'MEDIAN_TOTAL':
      return 'median of judge totals';
  }
}

function stepNameEs(step: StepComparison): string {
  switch (step.step) {
    case 'AGGREGATE':
      return 'puntuación agregada';
    case 'CRITERION':
      return `puntuación normalizada media del criterio "${step.criterionKey}"`;
    case 'MEDIAN_TOTAL':
      return 'mediana de los totales de los jurados';
  }
}

/** "equal …; decided by …" in both languages (each number formatted once). */
function describe(c: NeighbourComparison): LocalizedText {
  const last = c.steps.length - 1;
  const d = c.steps[last];
  const v = formatRounded(d.value);
  const o = formatRounded(d.other);
  const en = `decided by ${stepNameEn(d)} (${v} vs ${o})`;
  const es = `decide la ${stepNameEs(d)} (${v} frente a ${o})`;
  if (last === 0) return { en, es };
  let equalEn = '';
  let equalEs = '';
  for (let k = 0; k < last; k++) {
    const s = c.steps[k];
    const value = formatRounded(s.value);
    const sep = k === 0 ? '' : ', ';
    equalEn += `${sep}${stepNameEn(s)} (${value})`;
    equalEs += `${sep}${stepNameEs(s)} (${value})`;
  }
  return { en: `equal ${equalEn}; ${en}`, es: `iguales en ${equalEs}; ${es}` };
}

function explain(
  rank: number,
  count: number,
  above: LocalizedText | null,
  aboveId: string,
  below: LocalizedText | null,
  belowId: string,
  tiedWith: readonly string[],
  tieSteps: readonly StepComparison[],
): LocalizedText {
  const behindEn = above ? ` Behind ${aboveId}: ${above.en}.` : '';
  const behindEs = above ? ` Detrás de ${aboveId}: ${above.es}.` : '';
  const aheadEn = below ? ` Ahead of ${belowId}: ${below.en}.` : '';
  const aheadEs = below ? ` Por delante de ${belowId}: ${below.es}.` : '';
  let tieEn = '';
  let tieEs = '';
  if (tiedWith.length > 0) {
    const aggregate = tieSteps.length > 0 ? formatRounded(tieSteps[0].value) : '';
    const names = tiedWith.join(', ');
    tieEn = ` Unresolved tie with ${names}: aggregate (${aggregate}), every criterion and the median of judge totals are equal; the rank is shared.`;
    tieEs = ` Empate no resuelto con ${names}: puntuación agregada (${aggregate}), todos los criterios y la mediana de los totales son iguales; el puesto es compartido.`;
  }
  // join() copies into one flat string: a template would keep a tree of string slices alive per row,
  // which for 10,000 ranked rows is several times the memory (and garbage-collection time).
  return {
    en: [`Rank ${rank} of ${count}.`, behindEn, aheadEn, tieEn].join(''),
    es: [`Puesto ${rank} de ${count}.`, behindEs, aheadEs, tieEs].join(''),
  };
}
