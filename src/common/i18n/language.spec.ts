import { interpolate, pickLanguage } from './language';

describe(pickLanguage.name, () => {
  it.each([
    [undefined, 'es'],
    ['', 'es'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['es-MX', 'es'],
    ['fr-FR, en;q=0.5', 'en'],
    ['fr', 'es'],
    ['en;q=0.4, es;q=0.8', 'es'],
    ['es;q=0, en', 'en'],
  ])('%p -> %p', (header, expected) => {
    expect(pickLanguage(header)).toBe(expected);
  });
});

describe(interpolate.name, () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} y {b}', { a: 1 })).toBe('1 y {b}');
  });
});
