import { BundleV1, SectionName } from '../format/bundle-format';
import { ProblemList } from '../format/problems';
import { JsonSchema } from '../format/schema-parts';
import { BundleIndex } from './bundle-index';
import { ExportContext } from './export-context';
import { ImportContext } from './import-context';

/** What a section's reference checks get: the whole (structurally valid) bundle, its key index and the list to fill. */
export interface CheckContext {
  readonly bundle: BundleV1;
  readonly index: BundleIndex;
  readonly problems: ProblemList;
}

/**
 * One section of the edition bundle: its JSON Schema, how it is read from the database, what is checked
 * about its references to other sections, and how it is stored. The bundle is the sections of the registry
 * (registry.ts); adding a section is one file implementing this and one entry there.
 */
export interface BundleSection<K extends SectionName = SectionName> {
  /** The bundle property that holds this section. */
  readonly name: K;
  /** JSON Schema (draft 2020-12) of the section's value; may use the shared `#/$defs/…`. */
  readonly schema: JsonSchema;
  /**
   * Placeholder sections only: whether `value` carries content this version cannot store. Such a bundle is
   * refused (422, naming the section) instead of being imported without it.
   */
  refuses?(value: BundleV1[K]): boolean;
  /** Reads the section of `ctx.edition`, every array sorted deterministically. */
  export(ctx: ExportContext): Promise<BundleV1[K]>;
  /** Problems of this section that the schema cannot see: duplicate keys, references, ranges, consistency. */
  check(ctx: CheckContext): void;
  /** Problems against what the database already holds (e.g. an existing user with another role). */
  checkStored?(ctx: ImportContext, problems: ProblemList): Promise<void>;
  /** Stores the section inside the import transaction; earlier sections' rows are in `ctx.ids`. */
  import(ctx: ImportContext): Promise<void>;
}

/** Plain code-unit order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A comparator over several string (or null) keys in turn; null sorts first. */
export function byKeys<T>(...keys: ((item: T) => string | null)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const x = key(a) ?? '';
      const y = key(b) ?? '';
      const c = compareStrings(x, y);
      if (c !== 0) return c;
    }
    return 0;
  };
}

export function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

export function instant(value: string): Date;
export function instant(value: string | null): Date | null;
export function instant(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}

/** Reports every repeated key of a section (`path` of the later occurrence). */
export function checkUnique<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  problems: ProblemList,
  path: (index: number) => (string | number)[],
): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      problems.add(
        path(i),
        'duplicateKey',
        `repite la clave de la posición ${first}`,
        `repeats the key of position ${first}`,
      );
  });
}
