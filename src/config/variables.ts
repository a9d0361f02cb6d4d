/**
 * How one environment variable is read: from its raw text (unset and empty both mean "not given") to a typed
 * value with its default applied. A malformed value throws a VariableProblem naming the variable.
 */
export type Variable<T> = (raw: string | undefined, name: string) => T;

export class VariableProblem extends Error {}

const problem = (message: string) => new VariableProblem(message);

/** Any text; `fallback` when not given. */
export function text(fallback: string): Variable<string>;
export function text(): Variable<string | undefined>;
export function text(fallback?: string): Variable<string | undefined> {
  return (raw) => raw ?? fallback;
}

/** Text of at least `length` characters (secrets, passwords); undefined when not given. */
export function longText(length: number): Variable<string | undefined> {
  return (raw, name) => {
    if (raw !== undefined && raw.length < length)
      throw problem(`${name} must be at least ${length} characters long`);
    return raw;
  };
}

/** Text matching `pattern`, else `message`; `fallback` (or undefined) when not given. */
export function matching(pattern: RegExp, message: string, fallback: string): Variable<string>;
export function matching(pattern: RegExp, message: string): Variable<string | undefined>;
export function matching(pattern: RegExp, message: string, fallback?: string): Variable<string | undefined> {
  return (raw) => {
    if (raw !== undefined && !pattern.test(raw)) throw problem(message);
    return raw ?? fallback;
  };
}

/** Whole hours separated by commas (`72,24`), largest first; `fallback` when not given. */
export function hours(fallback: string): Variable<number[]> {
  return (raw, name) => {
    const value = raw ?? fallback;
    if (!/^\d+(\s*,\s*\d+)*$/.test(value)) {
      throw problem(`${name} must be hours separated by commas, e.g. 72,24`);
    }
    return value
      .split(',')
      .map(Number)
      .sort((a, b) => b - a);
  };
}

/** One of `values`; `fallback` (or undefined) when not given. */
export function oneOf<const V extends readonly string[]>(values: V, fallback: V[number]): Variable<V[number]>;
export function oneOf<const V extends readonly string[]>(values: V): Variable<V[number] | undefined>;
export function oneOf<const V extends readonly string[]>(values: V, fallback?: V[number]) {
  return (raw: string | undefined, name: string) => {
    if (raw === undefined) return fallback;
    if (!values.includes(raw)) throw problem(`${name} must be one of ${values.join(', ')}, got "${raw}"`);
    return raw;
  };
}

/** A whole number in [min, max]; `fallback` when not given. */
export function integer(fallback: number, { min, max }: { min: number; max?: number }): Variable<number> {
  return (raw, name) => {
    if (raw === undefined) return fallback;
    const value = /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
    const range = max === undefined ? `at least ${min}` : `between ${min} and ${max}`;
    if (!Number.isSafeInteger(value) || value < min || (max !== undefined && value > max)) {
      throw problem(`${name} must be a whole number ${range}, got "${raw}"`);
    }
    return value;
  };
}

/**
 * `true`/`1` or `false`/`0`, exactly: anything else (`TRUE`, `yes`, `on`) is refused rather than read as
 * false, so a setting is never silently off.
 */
export function boolean(fallback: boolean): Variable<boolean> {
  return (raw, name) => {
    switch (raw) {
      case undefined:
        return fallback;
      case 'true':
      case '1':
        return true;
      case 'false':
      case '0':
        return false;
      default:
        throw problem(`${name} must be true, false, 1 or 0, got "${raw}"`);
    }
  };
}

/** An email address (the host may lack a top-level domain, as on an intranet); `fallback` when not given. */
export function email(fallback: string): Variable<string> {
  return (raw, name) => {
    if (raw !== undefined && !/^[^\s@]+@[^\s@]+$/.test(raw))
      throw problem(`${name} must be an email address`);
    return raw ?? fallback;
  };
}

/** A comma-separated list, blanks dropped; empty when not given. */
export function list(): Variable<string[]> {
  return (raw) =>
    (raw ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
}

/** Any parse function that throws on bad input: its message becomes the problem. */
export function parsed<T>(parse: (raw: string | undefined) => T): Variable<T> {
  return (raw) => {
    try {
      return parse(raw);
    } catch (error) {
      throw problem(error instanceof Error ? error.message : String(error));
    }
  };
}
