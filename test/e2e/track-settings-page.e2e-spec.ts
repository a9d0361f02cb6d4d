import { TrackEntity } from '../../src/database/schema/track.entity';
import { openEdition } from '../support/intake-fixtures';
import { PageBrowser } from '../support/page-browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';

/** The values the settings page shows for a track, as its form posts them back. */
function formOf(html: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const m of html.matchAll(/<input[^>]*name="([^"]+)"[^>]*>/g)) {
    const tag = m[0];
    if (/type="(hidden|checkbox)"/.test(tag) && !/name="blind"/.test(tag)) continue;
    if (/name="blind"/.test(tag)) {
      if (/ checked/.test(tag)) values.blind = '1';
      continue;
    }
    values[m[1]] = /value="([^"]*)"/.exec(tag)?.[1] ?? '';
  }
  for (const m of html.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g))
    values[m[1]] = m[2];
  for (const m of html.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    values[m[1]] = /<option value="([^"]*)" selected/.exec(m[2])?.[1] ?? '';
  }
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      v
        .replace(/&amp;/g, '&')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"'),
    ]),
  );
}

describe('track settings page: settings, categories and the rubric from the browser (issue 13)', () => {
  let t: TestApp;
  let organiser: PageBrowser;
  let trackId: string;
  const track = () => t.db.read((m) => m.findOneByOrFail(TrackEntity, { id: trackId }));

  beforeAll(async () => {
    t = await startTestApp();
    const edition = await openEdition(t, await t.login());
    trackId = edition.localTrackId;
    organiser = new PageBrowser(t);
    await organiser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD, `/organizacion/categorias/${trackId}/configuracion`);
  });

  afterAll(() => t.close());

  it('shows the settings and the rubric, refuses a bad criterion next to its field, and saves a good change', async () => {
    const page = await organiser.get(`/organizacion/categorias/${trackId}/configuracion`);
    expect(page.status).toBe(200);
    const form = formOf(page.text);
    const before = await track();
    expect(form['rubric.0.key']).toBe(before.rubric[0].key);
    expect(form.judgesPerNomination).toBe(String(before.judgesPerNomination));

    const bad = await organiser.post(`/organizacion/categorias/${trackId}/configuracion`, {
      ...form,
      'rubric.1.weight': '0',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('id="f-rubric-1-weight-error"');
    expect(bad.text).toContain('Criterio 2 · Peso</a>: debe ser mayor o igual que 0.000001');
    expect((await track()).rubric).toEqual(before.rubric);

    const good = await organiser.post(`/organizacion/categorias/${trackId}/configuracion`, {
      ...form,
      judgesPerNomination: '2',
      categories: 'municipal | Gobiernos municipales\nestatal | Gobiernos estatales',
      'rubric.0.weight': String(before.rubric[0].weight + 1),
      // The last, blank row adds a criterion; a row left without key and name is removed.
      [`rubric.${before.rubric.length}.key`]: 'sostenibilidad',
      [`rubric.${before.rubric.length}.name`]: 'Sostenibilidad',
      [`rubric.${before.rubric.length}.weight`]: '1',
      [`rubric.${before.rubric.length}.min`]: '0',
      [`rubric.${before.rubric.length}.max`]: '5',
      [`rubric.${before.rubric.length}.guidance`]: '0 | Sin plan\n5 | Plan financiado',
      'rubric.1.key': '',
      'rubric.1.name': '',
    });
    expect(good.status).toBe(303);
    const after = await track();
    expect(after.judgesPerNomination).toBe(2);
    expect(after.categories).toEqual([
      { key: 'municipal', name: 'Gobiernos municipales' },
      { key: 'estatal', name: 'Gobiernos estatales' },
    ]);
    expect(after.rubric.map((c) => c.key)).toEqual([
      before.rubric[0].key,
      ...before.rubric.slice(2).map((c) => c.key),
      'sostenibilidad',
    ]);
    expect(after.rubric[0].weight).toBe(before.rubric[0].weight + 1);
    expect(after.rubric.at(-1)!.guidance).toEqual([
      { score: 0, text: 'Sin plan' },
      { score: 5, text: 'Plan financiado' },
    ]);
  });

  it('after the freeze shows since when and why, keeps the rubric read-only, and still saves what never freezes', async () => {
    const frozenAt = new Date('2026-03-20T18:30:00.000Z');
    await t.db.transaction((m) => m.update(TrackEntity, { id: trackId }, { frozenAt }));
    const page = await organiser.get(`/organizacion/categorias/${trackId}/configuracion`);
    expect(page.text).toContain('congelados desde el');
    expect(page.text).toMatch(/<legend>Rúbrica<\/legend>/);
    expect(page.text).toMatch(/<fieldset disabled>\s*<legend>Rúbrica/);
    const before = await track();
    // A browser posts nothing from disabled fields: only what never freezes.
    const form = formOf(page.text);
    const general = { name: form.name, judgesPerNomination: '3', categories: form.categories };
    const saved = await organiser.post(`/organizacion/categorias/${trackId}/configuracion`, general);
    expect(saved.status).toBe(303);
    const after = await track();
    expect(after.judgesPerNomination).toBe(3);
    expect(after.rubric).toEqual(before.rubric);
  });
});
