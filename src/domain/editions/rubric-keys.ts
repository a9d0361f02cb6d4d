/**
 * Names every plain object inherits ("constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"…).
 * A rubric criterion named after one would make `scores[key]` find the inherited member where the
 * sheet has no score, so such keys are refused and scores are read as own properties only.
 */
export function isPrototypeName(key: string): boolean {
  return key in Object.prototype;
}

/** The score a sheet gives `key`, read as the sheet's own property (never one inherited from Object.prototype). */
export function ownScore<T>(scores: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(scores, key) ? scores[key] : undefined;
}
