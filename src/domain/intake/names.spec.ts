import { hasMixedScripts, scriptsOf } from './names';

describe('mixed-script names', () => {
  it.each([
    'Gobierno de Jalisco',
    'Instituto de Transparencia, Acceso a la Información (ITAIPBC) 2018',
    'Ñuu Savi',
  ])('%s is one script', (name) => expect(hasMixedScripts(name)).toBe(false));

  it('flags a Cyrillic letter among Latin ones', () => {
    const lookAlike = 'Gobiern\u043E de Jalisco';
    expect(scriptsOf(lookAlike)).toEqual(['Cyrillic', 'Latin']);
    expect(hasMixedScripts(lookAlike)).toBe(true);
  });

  it('flags a Greek omicron', () => expect(hasMixedScripts('G\u03BFbierno')).toBe(true));
});
