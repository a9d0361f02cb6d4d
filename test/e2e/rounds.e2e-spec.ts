import { nodeSignatureCheck, verifyPublicBundle } from '../../src/domain/verification';
import { AuditEntryEntity } from '../../src/database/schema/audit-entry.entity';
import { EditionEntity } from '../../src/database/schema/edition.entity';
import { TrackEntity } from '../../src/database/schema/track.entity';
import { Role } from '../../src/database/schema/user.entity';
import {
  DAY,
  FactoryUser,
  newEdition,
  newInstitution,
  newJudge,
  newNomination,
  newTrack,
  newUser,
} from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * A track judged in two rounds: five nominations scored by judges A and B on the track's rubric, the top three
 * shortlisted, then judged by judges C and D on another rubric and method; sealed, published, and verified from
 * the public bundle, which fails verification once a shortlist entry is changed.
 */
describe('judging in rounds', () => {
  let t: TestApp;
  let organiser: string;
  let observer: string;
  let edition: EditionEntity;
  let track: TrackEntity;
  const judges: Record<string, FactoryUser> = {};
  const tokens: Record<string, string> = {};
  const nominations: { id: string; key: string }[] = [];

  const assign = async () => {
    const plan = await t.http
      .post(`/api/tracks/${track.id}/assignments/auto`)
      .set(auth(organiser))
      .expect(200);
    return plan.body.created as { id: string; judgeId: string; nominationId: string }[];
  };
  const submit = (judge: string, assignmentId: string, scores: Record<string, number>) =>
    t.http
      .post(`/api/assignments/${assignmentId}/score-sheet/submit`)
      .set(auth(tokens[judge]))
      .send({ scores });

  let round1: { id: string; judgeId: string; nominationId: string }[];

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await t.login();
    observer = await (await newUser(t, Role.OBSERVER)).login();
    edition = await newEdition(t, { phase: 'JUDGING' });
    track = await newTrack(t, edition, { judgesPerNomination: 2, minReviews: 2, places: 1 });
    for (let i = 1; i <= 5; i++) {
      const institution = await newInstitution(t, { name: `Municipio ${i}`, stateCode: `0${i}` });
      const n = await newNomination(t, track, institution);
      nominations.push({ id: n.id, key: n.key });
    }
    for (const [name, state] of [
      ['A', '20'],
      ['B', '21'],
      ['C', '22'],
      ['D', '23'],
    ]) {
      judges[name] = await newJudge(t, [{ stateCode: state }], { name: `Jurado ${name}` });
      tokens[name] = await judges[name].login();
    }
    await t.http
      .put(`/api/tracks/${track.id}/panel`)
      .set(auth(organiser))
      .send({ members: [{ judgeId: judges.A.id }, { judgeId: judges.B.id }] })
      .expect(200);
    round1 = await assign();
    expect(round1).toHaveLength(10);
  });

  afterAll(() => t?.close());

  const nameOf = (judgeId: string) => Object.keys(judges).find((k) => judges[k].id === judgeId)!;
  const rank = (nominationId: string) => nominations.findIndex((n) => n.id === nominationId); // 0 is the best

  it('refuses to close a round by rule while a nomination lacks its quorum, and an unjustified selection', async () => {
    const early = await t.http
      .post(`/api/tracks/${track.id}/rounds/close`)
      .set(auth(organiser))
      .send({ rule: 'TOP_N', size: 3 })
      .expect(409);
    expect(early.body.code).toBe('ROUND_INCOMPLETE');
    const selection = await t.http
      .post(`/api/tracks/${track.id}/rounds/close`)
      .set(auth(organiser))
      .set('accept-language', 'en')
      .send({ rule: 'SELECTION', nominationIds: [nominations[0].id] })
      .expect(400);
    expect(selection.body.code).toBe('SHORTLIST_INVALID');
    expect(selection.body.errors).toEqual([
      expect.objectContaining({
        field: 'justification',
        message: 'A jury selection needs its justification.',
      }),
    ]);
    await t.http
      .post(`/api/tracks/${track.id}/rounds/close`)
      .set(auth(observer))
      .send({ rule: 'TOP_N', size: 3 })
      .expect(403);
  });

  it('closes round 1 with the top 3 and opens round 2 with its own settings and panel', async () => {
    for (const a of round1) {
      await submit(nameOf(a.judgeId), a.id, { impacto: 10 - rank(a.nominationId), apertura: 5 }).expect(200);
    }
    const closed = await t.http
      .post(`/api/tracks/${track.id}/rounds/close`)
      .set(auth(organiser))
      .send({ rule: 'TOP_N', size: 3 })
      .expect(200);
    expect(closed.body.current).toBe(2);
    expect(closed.body.closed).toHaveLength(1);
    expect(closed.body.closed[0]).toMatchObject({ number: 1, rule: 'TOP_N', size: 3, aggregation: 'MEAN' });
    expect(closed.body.closed[0].shortlist.map((n: { id: string }) => n.id).sort()).toEqual(
      nominations
        .slice(0, 3)
        .map((n) => n.id)
        .sort(),
    );
    const audit = await t.db.read((m) => m.findOneByOrFail(AuditEntryEntity, { action: 'track.closeRound' }));
    const listed = await t.http.get(`/api/tracks/${track.id}/rounds`).set(auth(observer)).expect(200);
    expect(listed.body).toMatchObject({ current: 2, closed: [{ number: 1, rule: 'TOP_N' }] });
    expect(audit.entityId).toBe(track.id);

    // Round 1's sheets are final; round 2 judges only the shortlist, on another rubric, with another panel.
    const late = await submit(nameOf(round1[0].judgeId), round1[0].id, { impacto: 1, apertura: 1 }).expect(
      409,
    );
    expect(late.body.code).toBe('ROUND_CLOSED');
    await t.http
      .patch(`/api/tracks/${track.id}`)
      .set(auth(organiser))
      .send({
        aggregation: 'MEDIAN',
        rubric: [
          {
            key: 'calidad',
            name: 'Calidad',
            description: 'Calidad de la práctica',
            weight: 1,
            min: 0,
            max: 5,
            guidance: [],
          },
        ],
      })
      .expect(200);
    const panel = await t.http.get(`/api/tracks/${track.id}/panel`).set(auth(organiser)).expect(200);
    expect(panel.body.members).toEqual([]);
    await t.http
      .put(`/api/tracks/${track.id}/panel`)
      .set(auth(organiser))
      .send({ members: [{ judgeId: judges.C.id }, { judgeId: judges.D.id }] })
      .expect(200);
    const round2 = await assign();
    expect(round2).toHaveLength(6);
    expect(new Set(round2.map((a) => a.nominationId))).toEqual(
      new Set(nominations.slice(0, 3).map((n) => n.id)),
    );
    const manual = await t.http
      .post(`/api/tracks/${track.id}/assignments`)
      .set(auth(organiser))
      .send({ nominationId: nominations[4].id, judgeId: judges.C.id })
      .expect(409);
    expect(manual.body.code).toBe('NOT_IN_ROUND');
    const queueA = await t.http.get('/api/judge/assignments').set(auth(tokens.A)).expect(200);
    expect(queueA.body).toEqual([]);
    // Nomination 3 (third in round 1) wins round 2.
    for (const a of round2) {
      const score = a.nominationId === nominations[2].id ? 5 : a.nominationId === nominations[0].id ? 4 : 2;
      await submit(nameOf(a.judgeId), a.id, { calidad: score }).expect(200);
    }
  });

  it('seals and publishes the last round, every round in the document and the public bundle, verified', async () => {
    t.clock.set(new Date(edition.judgingCloseAt.getTime() + DAY));
    await t.http.post(`/api/editions/${edition.id}/finalize`).set(auth(organiser)).expect(200);
    await t.http.post(`/api/editions/${edition.id}/publish`).set(auth(organiser)).expect(200);
    const bundle = (await t.http.get(`/api/public/editions/${edition.id}/bundle`).expect(200)).body;
    expect(bundle.formatVersion).toBe('reconocimientos-public-bundle/3');
    const sealed = bundle.seal.results.tracks[0];
    expect(sealed.results[0].rows.map((r: { nominationKey: string }) => r.nominationKey).sort()).toEqual(
      nominations
        .slice(0, 3)
        .map((n) => n.key)
        .sort(),
    );
    const winner = sealed.results[0].rows.find((r: { finalAward: string }) => r.finalAward === 'FIRST');
    expect(winner.nominationKey).toBe(nominations[2].key);
    expect(sealed.method).toBe('MEDIAN');
    expect(sealed.rounds).toHaveLength(1);
    expect(sealed.rounds[0]).toMatchObject({
      number: 1,
      method: 'MEAN',
      shortlist: {
        rule: 'TOP_N',
        size: 3,
        nominationKeys: nominations
          .slice(0, 3)
          .map((n) => n.key)
          .sort(),
      },
    });
    expect(sealed.rounds[0].results[0].rows).toHaveLength(5);
    expect(sealed.rounds[0].sheets).toHaveLength(10);
    expect(bundle.rounds).toHaveLength(1);

    const report = await verifyPublicBundle(bundle, { checkSignature: nodeSignatureCheck });
    expect(report).toMatchObject({ ok: true, dataMatchesSeal: true, error: null });
    expect(report.documentReport?.roundProblems).toEqual([]);

    // A shortlist entry changed in the bundle's data: the final round no longer recomputes to the seal.
    const tampered = JSON.parse(JSON.stringify(bundle));
    tampered.rounds[0].shortlist[0] = nominations[4].key;
    const bad = await verifyPublicBundle(tampered, { checkSignature: nodeSignatureCheck });
    expect(bad.ok).toBe(false);
    expect(bad.dataMatchesSeal).toBe(false);

    // The same change in the sealed document: the rule gives another list, and the document no longer verifies.
    const doctored = JSON.parse(JSON.stringify(bundle));
    doctored.seal.results.tracks[0].rounds[0].shortlist.nominationKeys[0] = nominations[4].key;
    const worse = await verifyPublicBundle(doctored, { checkSignature: nodeSignatureCheck });
    expect(worse.ok).toBe(false);
    expect(worse.documentReport?.roundProblems.length).toBeGreaterThan(0);
  });

  it('travels in the edition bundle (format 2): imported elsewhere, the seal recomputes and it exports the same', async () => {
    const bundle = (await t.http.get(`/api/editions/${edition.id}/bundle`).set(auth(organiser)).expect(200))
      .body;
    expect(bundle.formatVersion).toBe(2);
    const exportedTrack = bundle.tracks.find((x: { code: string }) => x.code === String(track.code));
    expect(exportedTrack).toMatchObject({ round: 2, rounds: [{ number: 1, rule: 'TOP_N', ruleSize: 3 }] });
    expect(exportedTrack.rounds[0].shortlist).toEqual(
      nominations
        .slice(0, 3)
        .map((n) => n.key)
        .sort(),
    );
    expect(bundle.scoreSheets.filter((x: { round?: number }) => x.round === 2)).toHaveLength(6);
    const elsewhere = await startTestApp();
    try {
      const as = auth(await elsewhere.login());
      // The factories' nominations never went through intake: no receipt, which a bundle requires.
      const receipts = bundle.nominations.map((n: object) => ({ ...n, receiptHash: 'a'.repeat(64) }));
      const copy = (
        await elsewhere.http
          .post('/api/editions/import')
          .set(as)
          .send({ ...bundle, nominations: receipts })
          .expect(201)
      ).body;
      const again = (await elsewhere.http.get(`/api/editions/${copy.id}/bundle`).set(as).expect(200)).body;
      expect(again.tracks).toEqual(bundle.tracks);
      expect(again.panels).toEqual(bundle.panels);
      expect(again.assignments).toEqual(bundle.assignments);
      expect(again.scoreSheets).toEqual(bundle.scoreSheets);
      expect(again.seal.sha256).toBe(bundle.seal.sha256);
    } finally {
      await elsewhere.close();
    }
  });
});
