import type { FlowState } from './flow-state';

/**
 * A fast, nearly balanced first assignment, so that the exact phases that follow (maximiseFill, balanceLoads)
 * only have to repair a little. Its quality never affects the result's optimality, only the running time.
 *
 * The most constrained nominations (fewest eligible judges) go first, so that they are not left with only busy
 * judges. Each takes the least loaded judges with room; ties go to a rotating judge order (rank shifted by the
 * nomination's rank), which spreads the ties evenly without any randomness.
 */
export function greedyStart(state: FlowState): void {
  const { problem } = state;
  const { adjStart, adjJudge, demand } = problem;
  const J = problem.judgeIds.length;
  const N = problem.nominationIds.length;
  const order = Array.from({ length: N }, (_, n) => n).sort(
    (a, b) => adjStart[a + 1] - adjStart[a] - (adjStart[b + 1] - adjStart[b]) || a - b,
  );
  const bestKey = new Float64Array(problem.maxDemand);
  const bestEdge = new Int32Array(problem.maxDemand);
  // Local copies of load and room: this loop visits every eligible pair once, so it is kept tight.
  const load = Int32Array.from(problem.baseLoad);
  const room = Int32Array.from(problem.addable);

  for (const n of order) {
    const wanted = demand[n];
    if (wanted === 0) continue;
    const shift = n % J;
    let count = 0;
    for (let e = adjStart[n]; e < adjStart[n + 1]; e++) {
      const j = adjJudge[e];
      if (room[j] <= 0) continue;
      const rotated = j >= shift ? j - shift : j - shift + J;
      const key = load[j] * J + rotated;
      if (count === wanted && key >= bestKey[count - 1]) continue;
      // Insertion into the short sorted list of the best candidates so far.
      let at = count < wanted ? count++ : count - 1;
      while (at > 0 && bestKey[at - 1] > key) {
        bestKey[at] = bestKey[at - 1];
        bestEdge[at] = bestEdge[at - 1];
        at--;
      }
      bestKey[at] = key;
      bestEdge[at] = e;
    }
    for (let i = 0; i < count; i++) {
      const j = adjJudge[bestEdge[i]];
      load[j]++;
      room[j]--;
      state.assign(bestEdge[i], n);
    }
  }
}
