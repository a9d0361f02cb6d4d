import {
  BundleInstitution,
  BundleNomination,
  BundleTrack,
  BundleUser,
  BundleV1,
} from '../format/bundle-format';

/** The bundle's keyed items (first occurrence of each key), for reference checks between sections. */
export class BundleIndex {
  readonly tracks: ReadonlyMap<string, BundleTrack>;
  readonly institutions: ReadonlyMap<string, BundleInstitution>;
  readonly users: ReadonlyMap<string, BundleUser>;
  readonly nominations: ReadonlyMap<string, BundleNomination>;

  constructor(bundle: BundleV1) {
    this.tracks = firstByKey(bundle.tracks, (t) => t.code);
    this.institutions = firstByKey(bundle.institutions, (i) => i.key);
    this.users = firstByKey(bundle.users, (u) => u.email);
    this.nominations = firstByKey(bundle.nominations, (n) => n.key);
  }
}

function firstByKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}
