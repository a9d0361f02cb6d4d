/**
 * Tracks on which a judge's state is a conflict. Only the local track: its practices are judged state against
 * state, so a judge from Oaxaca must not score Oaxaca's STL. Federal practices have no such rivalry.
 */
export const SAME_STATE_CONFLICT_TRACKS: readonly string[] = ['LOCAL_OPEN_GOV'];

export function stateConflictApplies(trackCode: string): boolean {
  return SAME_STATE_CONFLICT_TRACKS.includes(trackCode);
}
