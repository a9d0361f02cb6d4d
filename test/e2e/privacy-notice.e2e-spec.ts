import { newEdition } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/** The privacy notices are generated, whole: no placeholder left, the retention taken from the editions. */
describe('privacy notices: full and short, generated from the configuration and the editions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      env: { PRIVACY_CONTACT: 'la Unidad de Transparencia (unidad.transparencia@example.org)' },
    });
  });

  afterAll(() => t?.close());

  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  it('names the controller, the contact and the retention period, in Spanish and English, with no placeholder', async () => {
    const es = text((await t.http.get('/aviso-de-privacidad').expect(200)).text);
    expect(es).toContain('Aviso de privacidad integral');
    expect(es).toContain('unidad.transparencia@example.org');
    expect(es).toContain('24 meses después de la publicación de sus resultados');
    expect(es).toContain('20 días hábiles');
    const en = text((await t.http.get('/aviso-de-privacidad?lang=en').expect(200)).text);
    expect(en).toContain('for 24 months after its results are published');
    for (const page of [es, en]) {
      expect(page).not.toMatch(/\[|\{(controller|contact|retention)\}|por definir|to be defined/);
    }
    const short = text((await t.http.get('/aviso-de-privacidad/simplificado').expect(200)).text);
    expect(short).toContain('Aviso de privacidad simplificado');
    expect(short).toContain('unidad.transparencia@example.org');
    expect(short).not.toMatch(/\[|\{(controller|contact|retention)\}/);
  });

  it('names each edition’s period when they differ', async () => {
    await newEdition(t, { name: 'Reconocimientos 2031', year: 2031, retentionMonths: 12 });
    await newEdition(t, { name: 'Reconocimientos 2032', year: 2032, retentionMonths: 1 });
    const es = text((await t.http.get('/aviso-de-privacidad').expect(200)).text);
    expect(es).toContain('Reconocimientos 2032: 1 mes; Reconocimientos 2031: 12 meses');
  });
});
