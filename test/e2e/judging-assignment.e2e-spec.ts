import { NominationEntity } from '../../src/database/schema/nomination.entity';
import { Role } from '../../src/database/schema/user.entity';
import {
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

interface Row {
  id: string;
  status: string;
  source: string;
  nomination: { id: string; key: string };
  judge: { id?: string; email?: string; pseudonym?: string };
  scoreSheet: { status: string } | null;
  conflicts: string[];
}

/**
 * Judging over HTTP: the conflict named in the asker's language, and progress as organisers and observers see
 * it. The rules (panels, conflicts, automatic and manual assignment, recusal, races) are checked on the services
 * in test/medium/judging/.
 */
describe('judging: refused assignments and progress over HTTP', () => {
  let t: TestApp;
  let organiser: string;
  let observer: string;
  let trackId: string;
  let judges: FactoryUser[];
  let nominations: NominationEntity[];

  const rows = async (token = organiser): Promise<Row[]> =>
    (await t.http.get(`/api/tracks/${trackId}/assignments`).set(auth(token)).expect(200)).body;
  const active = (list: Row[]) => list.filter((r) => r.status === 'ACTIVE');

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await t.login();
    observer = await (await newUser(t, Role.OBSERVER)).login();
    const edition = await newEdition(t, { phase: 'JUDGING' });
    const track = await newTrack(t, edition, { judgesPerNomination: 2 });
    trackId = track.id;
    const govCdmx = await newInstitution(t, { name: 'Gobierno de la Ciudad de México', stateCode: '09' });
    const govJal = await newInstitution(t, { name: 'Gobierno de Jalisco', stateCode: '14' });
    const govMex = await newInstitution(t, { name: 'Gobierno del Estado de México', stateCode: '15' });
    const govOax = await newInstitution(t, { name: 'Gobierno de Oaxaca', stateCode: '20' });
    nominations = [
      await newNomination(t, track, govCdmx),
      await newNomination(t, track, govJal),
      await newNomination(t, track, govMex),
      await newNomination(t, track, govOax),
      await newNomination(t, track, govJal, { nominatingInstitutionId: govCdmx.id }),
      await newNomination(t, track, govOax, { status: 'SUBMITTED' }),
      // Not in competition: never assigned.
      await newNomination(t, track, govMex, { status: 'INELIGIBLE' }),
      await newNomination(t, track, govMex, { status: 'DRAFT' }),
    ];
    judges = [
      // Works for the CDMX government: conflicted with nominations 0 (nominee) and 4 (nominating), and by state with 0.
      await newJudge(t, [{ institutionId: govCdmx.id, stateCode: '09' }]),
      await newJudge(t, [{ stateCode: '14' }]),
      await newJudge(t, [{ stateCode: '15' }, { stateCode: '20' }]),
      await newJudge(t, [{ stateCode: '02' }]),
    ];
    // A judge off this panel: observers' labels number every judge account, not only the panel's.
    await newJudge(t, [{ stateCode: '30' }]);
    await t.http
      .put(`/api/tracks/${trackId}/panel`)
      .set(auth(organiser))
      .send({ members: judges.map((j) => ({ judgeId: j.id })) })
      .expect(200);
    await t.http.post(`/api/tracks/${trackId}/assignments/auto`).set(auth(organiser)).expect(200);
    const [mine] = active(await rows()).filter((r) => r.judge.id === judges[1].id);
    await t.http
      .post(`/api/assignments/${mine.id}/score-sheet/submit`)
      .set(auth(await judges[1].login()))
      .send({ scores: { impacto: 4, apertura: 6 } })
      .expect(200);
  });

  afterAll(() => t.close());

  it('names every conflict of a refused manual assignment (422, in the asker’s language)', async () => {
    const conflict = await t.http
      .post(`/api/tracks/${trackId}/assignments`)
      .set(auth(organiser))
      .set('accept-language', 'en')
      .send({ nominationId: nominations[0].id, judgeId: judges[0].id })
      .expect(422);
    expect(conflict.body.code).toBe('CONFLICT_OF_INTEREST');
    expect(conflict.body.message).toContain('nominee institution');
    expect(conflict.body.message).toContain('state');
  });

  it('reports progress per judge and per track; observers see J1, J2… in judge-id order and no emails', async () => {
    const progress = await t.http.get(`/api/tracks/${trackId}/progress`).set(auth(organiser)).expect(200);
    const j1 = progress.body.judges.find((j: { judge: { id: string } }) => j.judge.id === judges[1].id);
    expect(j1).toMatchObject({ submitted: 1, drafted: 0, onPanel: true });
    expect(j1.assigned).toBe(j1.submitted + j1.drafted + j1.notStarted);
    const list = active(await rows());
    expect(progress.body.totals).toMatchObject({ nominations: 6, assigned: list.length, submitted: 1 });
    expect(progress.body.totals.fullyAssigned + progress.body.totals.underAssigned).toBe(6);

    const seen = await t.http.get(`/api/tracks/${trackId}/progress`).set(auth(observer)).expect(200);
    const text = JSON.stringify(seen.body);
    for (const j of judges) {
      expect(text).not.toContain(j.email);
      expect(text).not.toContain(j.id);
    }
    // Numbered over every judge account (an outsider of this panel included), the same label on every page.
    const everyJudge = await t.http.get('/api/users?role=JUDGE').set(auth(organiser)).expect(200);
    const order = (everyJudge.body as { id: string }[]).map((u) => u.id).sort();
    expect(order.length).toBeGreaterThan(judges.length);
    const label = (id: string) => `J${order.indexOf(id) + 1}`;
    const theirs = seen.body.judges.find(
      (j: { judge: { pseudonym: string } }) => j.judge.pseudonym === label(judges[1].id),
    );
    expect(theirs).toMatchObject({ submitted: 1, assigned: j1.assigned });

    const observed = await rows(observer);
    expect(observed.every((r) => r.judge.pseudonym && !r.judge.id && !r.judge.email)).toBe(true);
    const panel = await t.http.get(`/api/tracks/${trackId}/panel`).set(auth(observer)).expect(200);
    expect(JSON.stringify(panel.body)).not.toContain('@');

    // The accounts list (filtered or not) shows observers the same labels, with the label as the id: no real
    // id ever sits next to a pseudonym (issue 19, class 14).
    for (const query of ['role=JUDGE', 'status=ACTIVE', '']) {
      const accounts = await t.http.get(`/api/users?${query}`).set(auth(observer)).expect(200);
      const listed = accounts.body as { id: string; name: string; role: string; pseudonymised?: boolean }[];
      for (const id of order) expect(JSON.stringify(listed)).not.toContain(id);
      const judgesListed = listed.filter((u) => u.role === 'JUDGE');
      expect(judgesListed.every((u) => u.pseudonymised === true && u.id === u.name)).toBe(true);
      expect(judgesListed.map((u) => u.id)).toContain(label(judges[1].id));
    }
  });
});
