import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_TEXTS } from '../pages/texts';
import { sharedTexts } from '../shared/shared.texts';
import { ALL_TEXTS, translator } from './messages';
import { missingKeys, PageTexts } from './texts';

const PAGES_DIR = join(__dirname, '..', 'pages');

describe('page texts', () => {
  it('every page and the shared texts have the same keys in Spanish and English', () => {
    for (const texts of ALL_TEXTS) {
      expect({ namespaces: Object.keys(texts.es), ...missingKeys(texts) }).toEqual({
        namespaces: Object.keys(texts.es),
        es: [],
        en: [],
      });
    }
  });

  it('every table caption counting rows has its singular ("1 registro", never "1 registros")', () => {
    const missing: string[] = [];
    const walk = (node: Record<string, unknown>, path: string) => {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'object' && value !== null)
          walk(value as Record<string, unknown>, `${path}${key}.`);
        else if (key === 'caption' && /\{(count|total)\}/.test(String(value)) && !(`${key}One` in node))
          missing.push(`${path}${key}`);
      }
    };
    for (const texts of ALL_TEXTS) walk(texts.es, '');
    expect(missing).toEqual([]);
  });

  it('names a key missing in either language', () => {
    const texts: PageTexts = {
      es: { page: { title: 'Título', intro: { a: 'a', b: 'b' } } },
      en: { page: { title: 'Title', intro: { a: 'a' }, extra: 'x' } },
    };
    expect(missingKeys(texts)).toEqual({ es: ['page.extra'], en: ['page.intro.b'] });
  });

  it('every page folder with texts is registered (a page cannot be forgotten)', () => {
    const files = readdirSync(PAGES_DIR, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.texts.ts'),
    );
    expect(PAGE_TEXTS.length).toBe(files.length);
    expect(ALL_TEXTS).toContain(sharedTexts);
  });

  it('translates in both languages and shows an unknown key as [[key]]', () => {
    expect(translator('es').t('home.title')).not.toMatch(/^\[\[/);
    expect(translator('en').t('home.title')).not.toEqual(translator('es').t('home.title'));
    expect(translator('en').t('nope.missing')).toBe('[[nope.missing]]');
  });
});
