import { evaluate, type Evaluation } from './evaluate';
import type { PreparedTrack } from './prepare';
import { withoutJudge } from './sheet-set';
import {
  AGGREGATION_METHODS,
  type AggregationMethod,
  type AwardOutcome,
  type RobustnessChange,
  type RobustnessScenario,
  type RowRobustness,
} from './types';

/** Every what-if of a track: each other method, then the chosen method without each judge (by judge id). */
export function robustnessScenarios(
  method: AggregationMethod,
  judgeIds: readonly string[],
): RobustnessScenario[] {
  return [
    ...AGGREGATION_METHODS.filter((m) => m !== method).map((m): RobustnessScenario => ({
      kind: 'METHOD',
      method: m,
    })),
    ...judgeIds.map((judgeId): RobustnessScenario => ({ kind: 'WITHOUT_JUDGE', judgeId })),
  ];
}

/**
 * For each holder of a computed award (or of a pending one), the scenarios that give it another outcome.
 * Quorum is not applied in the what-ifs: the candidates are the nominations ranked in the base evaluation,
 * and one keeps competing while it has any sheet left (leaving a judge out would otherwise just drop
 * nominations below quorum and say nothing about the scores). Exclusions by override still apply.
 */
export function computeRobustness(
  prep: PreparedTrack,
  method: AggregationMethod,
  base: Evaluation,
): Map<number, RowRobustness> {
  const holders: number[] = [];
  base.outcome.forEach((o, i) => {
    if (o.award !== null || o.pending) holders.push(i);
  });
  const changes = new Map<number, RobustnessChange[]>(holders.map((i) => [i, []]));
  if (holders.length > 0) {
    for (const scenario of robustnessScenarios(method, prep.judgeIds)) {
      const evaluation =
        scenario.kind === 'METHOD'
          ? evaluate(prep, scenario.method, prep.counted, base.ranked)
          : evaluate(
              prep,
              method,
              withoutJudge(prep.counted, prep.judgeIds.indexOf(scenario.judgeId)),
              base.ranked,
            );
      for (const i of holders) {
        const outcome = evaluation.outcome[i];
        if (!sameOutcome(outcome, base.outcome[i])) changes.get(i)!.push({ scenario, outcome });
      }
    }
  }
  return new Map(holders.map((i) => [i, { fragile: changes.get(i)!.length > 0, changes: changes.get(i)! }]));
}

function sameOutcome(a: AwardOutcome, b: AwardOutcome): boolean {
  return a.award === b.award && a.pending === b.pending;
}
