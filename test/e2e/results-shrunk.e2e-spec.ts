import { computeTrackResults, type AggregationMethod } from '../../src/domain/scoring';
import { canonicalJson, sha256Hex } from '../../src/domain/seal';
import { EditionEntity } from '../../src/database/schema/edition.entity';
import { TrackEntity } from '../../src/database/schema/track.entity';
import { NominationEntity } from '../../src/database/schema/nomination.entity';
import { nodeSignatureCheck, verifyPublicBundle } from '../../src/domain/verification';
import {
  DAY,
  FactoryUser,
  SIMPLE_RUBRIC,
  newEdition,
  newInstitution,
  newJudge,
  newNomination,
  newTrack,
} from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * Three judges in a cycle (each pair shares two nominations): j0 lenient, j2 harsh. SHRUNK corrects most of
 * their bias, so its aggregates differ from MEAN's (and, shrunk, from CALIBRATED's).
 */
const DESIGN: [number, number, { impacto: number; apertura: number }][] = [
  [0, 0, { impacto: 9, apertura: 9 }],
  [0, 1, { impacto: 8, apertura: 7 }],
  [1, 0, { impacto: 7, apertura: 8 }],
  [1, 1, { impacto: 7, apertura: 6 }],
  [2, 1, { impacto: 8, apertura: 8 }],
  [2, 2, { impacto: 6, apertura: 7 }],
  [3, 1, { impacto: 6, apertura: 5 }],
  [3, 2, { impacto: 5, apertura: 5 }],
  [4, 2, { impacto: 7, apertura: 6 }],
  [4, 0, { impacto: 9, apertura: 8 }],
  [5, 2, { impacto: 4, apertura: 5 }],
  [5, 0, { impacto: 6, apertura: 7 }],
];

describe('a track set to SHRUNK: selected, previewed, finalised, published and verified', () => {
  let t: TestApp;
  let organiser: string;
  let edition: EditionEntity;
  let track: TrackEntity;
  let nominations: NominationEntity[];
  let judges: FactoryUser[];
  let sealHash: string;

  /** What the pure domain gives for the same sheets with a method (private ids). */
  const expected = (method: AggregationMethod) =>
    computeTrackResults({
      track: {
        code: track.code,
        settings: { aggregation: method, minReviews: 2, places: 2, honourableMentions: 0, threshold: 0 },
        rubric: SIMPLE_RUBRIC,
        categories: [],
      },
      nominations: nominations.map((n) => ({ id: n.id, categoryKey: null, status: 'ELIGIBLE' as const })),
      sheets: DESIGN.map(([n, j, scores]) => ({
        nominationId: nominations[n].id,
        judgeId: judges[j].id,
        scores,
      })),
    });
  const aggregates = (rows: readonly { nominationId: string; aggregate: number | null }[]) =>
    Object.fromEntries(rows.map((r) => [r.nominationId, r.aggregate]));

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await t.login();
    edition = await newEdition(t, { phase: 'JUDGING' });
    track = await newTrack(t, edition, { minReviews: 2, places: 2, honourableMentions: 0 });
    const states = ['09', '14', '15', '20', '09', '14'];
    nominations = [];
    for (const [k, stateCode] of states.entries()) {
      const nominee = await newInstitution(t, { name: `Gobierno de prueba ${k}`, stateCode });
      nominations.push(await newNomination(t, track, nominee, { receiptHash: 'd'.repeat(64) }));
    }
    judges = [
      await newJudge(t, [{ stateCode: '02' }]),
      await newJudge(t, [{ stateCode: '04' }]),
      await newJudge(t, [{ stateCode: '05' }]),
    ];
  });

  afterAll(async () => {
    await t?.close();
  });

  it('is selectable in the track settings; an unknown method is refused naming the field', async () => {
    const refused = await t.http
      .patch(`/api/tracks/${track.id}`)
      .set(auth(organiser))
      .send({ aggregation: 'SHRINK' })
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'aggregation' })]);
    const res = await t.http
      .patch(`/api/tracks/${track.id}`)
      .set(auth(organiser))
      .send({ aggregation: 'SHRUNK' })
      .expect(200);
    expect(res.body.aggregation).toBe('SHRUNK');
  });

  it('previews with shrunk biases: neither MEAN nor CALIBRATED, exactly what the domain computes', async () => {
    await t.http
      .put(`/api/tracks/${track.id}/panel`)
      .set(auth(organiser))
      .send({ members: judges.map((j) => ({ judgeId: j.id })) })
      .expect(200);
    const tokens = await Promise.all(judges.map((j) => j.login()));
    for (const [n, j, scores] of DESIGN) {
      const assigned = await t.http
        .post(`/api/tracks/${track.id}/assignments`)
        .set(auth(organiser))
        .send({ nominationId: nominations[n].id, judgeId: judges[j].id })
        .expect(201);
      await t.http
        .post(`/api/assignments/${assigned.body.id}/score-sheet/submit`)
        .set(auth(tokens[j]))
        .send({ scores })
        .expect(200);
    }
    t.clock.set(new Date(edition.judgingCloseAt.getTime() + DAY));

    const preview = (await t.http.get(`/api/tracks/${track.id}/results`).set(auth(organiser)).expect(200))
      .body;
    expect(preview.method).toBe('SHRUNK');
    expect(preview.finalisable).toBe(true);
    const shown = aggregates(
      preview.categories[0].rows.map((r: { nomination: { id: string }; aggregate: number }) => ({
        nominationId: r.nomination.id,
        aggregate: r.aggregate,
      })),
    );
    const shrunk = expected('SHRUNK');
    expect(shown).toEqual(aggregates(shrunk.categories[0].rows));
    expect(shown).not.toEqual(aggregates(expected('MEAN').categories[0].rows));
    expect(shown).not.toEqual(aggregates(expected('CALIBRATED').categories[0].rows));
    const biases = (preview.judges as { bias: number }[]).map((j) => j.bias).sort((a, b) => a - b);
    expect(biases).toEqual(shrunk.judges.map((j) => j.bias!).sort((a, b) => a - b));
    // j0 lenient, j2 harsh: shrunk, but clearly corrected.
    expect(biases[0]).toBeLessThan(-5);
    expect(biases[2]).toBeGreaterThan(5);
    // Robustness compares SHRUNK with every other method.
    const holder = preview.categories[0].rows.find(
      (r: { computedAward: { award: string | null } }) => r.computedAward.award === 'FIRST',
    );
    expect(holder.robustness).not.toBeNull();
  });

  it('finalises, and the published document and bundle recompute to the seal', async () => {
    const sealed = await t.http.post(`/api/editions/${edition.id}/finalize`).set(auth(organiser)).expect(200);
    sealHash = sealed.body.seal.sha256 as string;
    t.clock.set(edition.announcementAt);
    const results = (await t.http.get(`/api/public/editions/${edition.id}/results`).expect(200)).body;
    expect(sha256Hex(canonicalJson(results.document))).toBe(sealHash);
    const published = results.document.tracks.find((d: { code: string }) => d.code === String(track.code));
    expect(published.method).toBe('SHRUNK');
    const bundle = (await t.http.get(`/api/public/editions/${edition.id}/bundle`).expect(200)).body;
    // what results:verify runs
    expect((await verifyPublicBundle(bundle, { checkSignature: nodeSignatureCheck })).ok).toBe(true);
  });
});
