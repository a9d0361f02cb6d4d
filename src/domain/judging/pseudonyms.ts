/**
 * Observers see judges as J1, J2… numbered in the order of their ids (docs/domain.md). The same set of judges
 * always gets the same labels, whoever asks and whenever.
 */
export function judgePseudonyms(judgeIds: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(judgeIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((id, i) => [id, `J${i + 1}`]));
}
