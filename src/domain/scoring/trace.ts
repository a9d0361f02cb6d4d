import type { Evaluation, RankGroup } from './evaluate';
import type { PreparedTrack } from './prepare';
import type { LocalizedText, NeighbourComparison, RankTrace, StepComparison } from './types';

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
    const tieSteps =
      group.members.length > 1 ? evaluation.tieBreaker.steps(group.members[0], group.members[1]).steps : [];
    for (const i of group.members) {
      const tiedWith = group.members.filter((m) => m !== i).map((m) => ids[m]);
      traces.set(i, {
        rank: group.rank,
        above,
        below,
        tiedWith,
        explanation: explain(group.rank, count, above, below, tiedWith, tieSteps),
      });
    }
  });
  return traces;
}

const STEP_NAME = {
  AGGREGATE: { en: () => 'aggregate', es: () => 'puntuación agregada' },
  CRITERION: {
    en: (key: string | null) => `mean normalised score on criterion "${key}"`,
    es: (key: string | null) => `puntuación normalizada media del criterio "${key}"`,
  },
  MEDIAN_TOTAL: { en: () => 'median of judge totals', es: () => 'mediana de los totales de los jurados' },
} as const;

/** "equal …; decided by …" in both languages (each number formatted once). */
function describe(c: NeighbourComparison): LocalizedText {
  const equalEn: string[] = [];
  const equalEs: string[] = [];
  const last = c.steps.length - 1;
  for (let k = 0; k < last; k++) {
    const s = c.steps[k];
    const v = String(s.value);
    equalEn.push(`${STEP_NAME[s.step].en(s.criterionKey)} (${v})`);
    equalEs.push(`${STEP_NAME[s.step].es(s.criterionKey)} (${v})`);
  }
  const d = c.steps[last];
  const [v, o] = [String(d.value), String(d.other)];
  const en = `decided by ${STEP_NAME[d.step].en(d.criterionKey)} (${v} vs ${o})`;
  const es = `decide la ${STEP_NAME[d.step].es(d.criterionKey)} (${v} frente a ${o})`;
  if (last === 0) return { en, es };
  return { en: `equal ${equalEn.join(', ')}; ${en}`, es: `iguales en ${equalEs.join(', ')}; ${es}` };
}

function explain(
  rank: number,
  count: number,
  above: NeighbourComparison | null,
  below: NeighbourComparison | null,
  tiedWith: readonly string[],
  tieSteps: readonly StepComparison[],
): LocalizedText {
  let en = `Rank ${rank} of ${count}.`;
  let es = `Puesto ${rank} de ${count}.`;
  if (above) {
    const d = describe(above);
    en += ` Behind ${above.nominationId}: ${d.en}.`;
    es += ` Detrás de ${above.nominationId}: ${d.es}.`;
  }
  if (below) {
    const d = describe(below);
    en += ` Ahead of ${below.nominationId}: ${d.en}.`;
    es += ` Por delante de ${below.nominationId}: ${d.es}.`;
  }
  if (tiedWith.length > 0) {
    const aggregate = tieSteps[0]?.value;
    const names = tiedWith.join(', ');
    en += ` Unresolved tie with ${names}: aggregate (${aggregate}), every criterion and the median of judge totals are equal; the rank is shared.`;
    es += ` Empate no resuelto con ${names}: puntuación agregada (${aggregate}), todos los criterios y la mediana de los totales son iguales; el puesto es compartido.`;
  }
  return { en, es };
}
