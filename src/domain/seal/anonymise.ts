import { ScoringInputError } from '../scoring/errors';
import { prepareTrack } from '../scoring/prepare';
import { compareKeys } from '../scoring/round';
import type { SealTrackInput } from './results-document.types';

/**
 * The public form of a track's input: nominations named by their keys, judges by J1, J2… numbered in the
 * order of their first counted sheet when the counted sheets are sorted by nomination key then judge id;
 * only counted sheets kept, only competing nominations and the overrides on them. Results are computed from
 * this form, so that anyone recomputing from the published document runs exactly the same arithmetic.
 */
export function anonymiseTrack(input: SealTrackInput): SealTrackInput {
  const prep = prepareTrack(input); // validates, and decides which sheets count
  const keyOf = new Map<string, string>();
  const keys = new Set<string>();
  for (const n of input.nominations) {
    const key = n.key ?? n.id;
    if (keys.has(key))
      throw new ScoringInputError('DUPLICATE_NOMINATION', `Duplicate nomination key ${key}`, { key });
    keys.add(key);
    keyOf.set(n.id, key);
  }
  const competing = new Set(prep.nominationIds);

  const sheets = prep.countedSheets
    .map((s) => ({ ...s, key: keyOf.get(s.nominationId)! }))
    .sort((a, b) => compareKeys(a.key, b.key) || compareKeys(a.judgeId, b.judgeId));
  const alias = new Map<string, string>();
  for (const s of sheets) if (!alias.has(s.judgeId)) alias.set(s.judgeId, `J${alias.size + 1}`);
  const revisionOf = new Map(
    input.sheets.flatMap((s) =>
      s.revision ? [[`${s.nominationId}\u0000${s.judgeId}`, s.revision] as const] : [],
    ),
  );

  const rounds = input.rounds?.map((r) => {
    const keyOfRound = new Map(r.input.nominations.map((n) => [n.id, n.key ?? n.id]));
    return {
      ...r,
      input: anonymiseTrack(r.input),
      shortlist: r.shortlist.map((id) => keyOfRound.get(id) ?? id).sort(compareKeys),
    };
  });
  return {
    ...(rounds?.length ? { rounds } : {}),
    track: input.track,
    nominations: input.nominations
      .filter((n) => competing.has(n.id))
      .map((n) => ({
        id: keyOf.get(n.id)!,
        key: keyOf.get(n.id)!,
        categoryKey: n.categoryKey,
        status: n.status,
      })),
    sheets: sheets.map((s) => {
      const revision = revisionOf.get(`${s.nominationId}\u0000${s.judgeId}`);
      return {
        nominationId: s.key,
        judgeId: alias.get(s.judgeId)!,
        scores: s.scores,
        ...(revision ? { revision: { scores: revision.scores, reason: revision.reason } } : {}),
      };
    }),
    overrides: (input.overrides ?? [])
      .filter((o) => competing.has(o.nominationId))
      .map((o) => ({ ...o, nominationId: keyOf.get(o.nominationId)! })),
  };
}

/** The number of a judge alias (J12 → 12), or NaN for anything else. */
export function judgeNumber(alias: string): number {
  return /^J[1-9][0-9]*$/.test(alias) ? Number(alias.slice(1)) : NaN;
}
