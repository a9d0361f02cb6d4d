import { TrackEntity } from '../../src/database/schema/track.entity';
import { openEdition } from '../support/intake-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('home page: the open calls with their deadlines, eligible states and public rubrics (issue 13)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t.close());

  it('shows each open edition’s tracks by name, the states by name and the rubric, never raw codes', async () => {
    const empty = await t.http.get('/').expect(200);
    expect(empty.text).toContain('Por ahora no hay convocatorias abiertas.');

    const edition = await openEdition(t, await t.login());
    const local = await t.db.read((m) => m.findOneByOrFail(TrackEntity, { id: edition.localTrackId }));
    const home = await t.http.get('/').expect(200);
    const calls = home.text
      .slice(home.text.indexOf('id="convocatorias"'), home.text.indexOf('id="resultados"'))
      .replace(/&quot;|&#34;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    expect(calls).toContain('Edición de prueba');
    expect(calls).toContain(`>${local.name}</h4>`);
    expect(calls).toContain('Ciudad de México, Jalisco, México');
    expect(calls).toContain(`<strong>${local.rubric[0].name}</strong>`);
    expect(calls).toContain(`Rúbrica pública (${local.rubric.length} criterios)`);
    expect(calls).toContain('Cierre de postulaciones');
    expect(home.text).not.toMatch(/LOCAL_OPEN_GOV|FEDERAL_PROACTIVE|>09<|>14</);

    const english = await t.http.get('/?lang=en').expect(200);
    expect(english.text).toContain('Public rubric');
    expect(english.text).toContain('Institutions of these states may nominate:');
  });
});
