import type { BundleV1 } from '../../src/bundle/format/bundle-format';
import { judgedBundle } from './judged-bundle';
import type { TestApp } from './test-app';

export interface JudgedEdition {
  editionId: string;
  localTrackId: string;
  /** Nomination id by key, for the local track. */
  nominations: Map<string, string>;
}

/**
 * The judged bundle imported (under `asKey`, or changed by `bundle`) by `token`, with L-4 — one sheet short of
 * quorum — excluded by a jury decision unless `exclude` is false, so that it can be sealed.
 */
export async function importJudgedEdition(
  t: TestApp,
  token: string,
  options: { asKey?: string; bundle?: BundleV1; exclude?: boolean } = {},
): Promise<JudgedEdition> {
  const as = { authorization: `Bearer ${token}` };
  const query = options.asKey ? `?asKey=${options.asKey}` : '';
  const imported = await t.http
    .post(`/api/editions/import${query}`)
    .set(as)
    .send(options.bundle ?? judgedBundle())
    .expect(201);
  const editionId = imported.body.id as string;
  const tracks = await t.http.get(`/api/editions/${editionId}/tracks`).set(as).expect(200);
  const localTrackId = (tracks.body as { id: string; code: string }[]).find(
    (x) => x.code === 'LOCAL_OPEN_GOV',
  )!.id;
  const preview = await t.http.get(`/api/tracks/${localTrackId}/results`).set(as).expect(200);
  const nominations = new Map<string, string>();
  for (const row of preview.body.categories[0].rows as { nomination: { id: string; key: string } }[]) {
    nominations.set(row.nomination.key, row.nomination.id);
  }
  if (options.exclude !== false) {
    await t.http
      .post(`/api/tracks/${localTrackId}/overrides`)
      .set(as)
      .send({ nominationId: nominations.get('L-4'), kind: 'EXCLUDE', justification: 'Acta 1: sin quórum.' })
      .expect(201);
  }
  return { editionId, localTrackId, nominations };
}
