import type { AugmentingPaths } from './augmenting-paths';
import type { FlowState } from './flow-state';

/**
 * Completes the assignment to a maximum flow: as many (nomination, slot) pairs filled as any assignment can fill.
 * Augmenting paths may move judges already placed (nomination A's judge goes to B so that A can take a judge only
 * A may have), which is what a greedy pass cannot do. When no augmenting path is left the flow is maximum
 * (Ford–Fulkerson), so a nomination left short could not be staffed without leaving another one shorter.
 */
export function maximiseFill(state: FlowState, paths: AugmentingPaths): void {
  const { problem } = state;
  const J = problem.judgeIds.length;
  const N = problem.nominationIds.length;
  const nodes = J + N + 1;
  const source = paths.sourceNode;
  const supply = new Int32Array(nodes);
  for (let n = 0; n < N; n++) supply[source] += state.deficit(n);
  if (supply[source] === 0) return;
  const sinkCapacity = new Int32Array(J);
  for (let j = 0; j < J; j++) sinkCapacity[j] = Math.max(0, state.room(j));
  paths.run({ sources: [source], supply, sinkCapacity, blocked: new Uint8Array(nodes) });
}
