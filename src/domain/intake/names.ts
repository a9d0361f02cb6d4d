/** Scripts a look-alike name borrows letters from (Cyrillic "а" for Latin "a", Greek "ο" for "o"…). */
const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Han', /\p{Script=Han}/u],
];
const LETTER = /\p{L}/u;

/** The scripts of the letters of `name` (digits, spaces and punctuation belong to none). */
export function scriptsOf(name: string): string[] {
  const found = new Set<string>();
  for (const char of name) {
    if (!LETTER.test(char)) continue;
    found.add(SCRIPTS.find(([, re]) => re.test(char))?.[0] ?? 'Other');
  }
  return [...found].sort();
}

/**
 * Whether a name mixes the letters of several scripts: "Gobiernо de Jalisco" with a Cyrillic "о" looks like the
 * real institution but is another. Organisers see the flag next to the name; nothing is refused, since a real
 * name may mix scripts.
 */
export function hasMixedScripts(name: string): boolean {
  return scriptsOf(name).length > 1;
}
