import { MESSAGES } from './messages';

/** Every key path of a texts object ("group.key"), in order. */
function keyPaths(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    keyPaths(value, prefix ? `${prefix}.${key}` : key),
  );
}

describe('page texts', () => {
  it('have exactly the same keys in Spanish and English, for every page', () => {
    const es = new Set(keyPaths(MESSAGES.es));
    const en = new Set(keyPaths(MESSAGES.en));
    expect([...es].filter((key) => !en.has(key))).toEqual([]);
    expect([...en].filter((key) => !es.has(key))).toEqual([]);
  });

  it('have no empty text in either language', () => {
    for (const language of ['es', 'en'] as const) {
      const empty = keyPaths(MESSAGES[language]).filter((path) => {
        const value = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], MESSAGES[language]);
        return typeof value === 'string' && value.trim() === '';
      });
      expect({ language, empty }).toEqual({ language, empty: [] });
    }
  });
});
