import { randomUUID } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TrackCode } from '../../src/database/schema/track.entity';
import { AttachmentEntity } from '../../src/database/schema/attachment.entity';
import { Role } from '../../src/database/schema/user.entity';
import { newEdition, newTrack, newUser } from '../support/factories';
import { importJudgedEdition } from '../support/judged-edition';
import { PageBrowser } from '../support/page-browser';
import { tableCounts } from '../support/table-counts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';

/** 1 April 2026: inside the judged bundle's judging window (19 March – 6 April, 17:00 in Mexico City). */
const DURING_JUDGING = new Date('2026-04-01T18:00:00.000Z');

/**
 * The end of an edition's life: sealing waits for judging to close (or for the organiser to close it early,
 * audited), an edition where nothing is ranked is sealed only when acknowledged, and an edition never
 * finalised can be deleted with everything it holds.
 */
describe('edition lifecycle: close judging early, acknowledge an empty result, delete', () => {
  let t: TestApp;
  let organiser: string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  /** The judged bundle imported under a new key; L-4 (short of quorum) excluded so that it can be sealed. */
  async function judgedEdition(key: string): Promise<string> {
    return (await importJudgedEdition(t, organiser, { asKey: key })).editionId;
  }

  const auditOf = async (action: string, id: string) =>
    (
      (await t.http.get(`/api/audit?action=${action}`).set(as(organiser)).expect(200)).body.items as {
        entityId: string;
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
      }[]
    ).filter((e) => e.entityId === id);

  beforeAll(async () => {
    t = await startTestApp({ now: DURING_JUDGING.toISOString() });
    organiser = await t.login();
  });

  afterAll(() => t?.close());

  it('refuses to seal while judging is open, saying until when and how to close it early', async () => {
    const id = await judgedEdition('cierre-anticipado');
    const es = await t.http.post(`/api/editions/${id}/finalize`).set(as(organiser)).expect(409);
    expect(es.body.code).toBe('JUDGING_OPEN');
    expect(es.body.message).toContain('06/04/2026, 17:00:00 (America/Mexico_City, UTC−06:00)');
    const en = await t.http
      .post(`/api/editions/${id}/finalize`)
      .set(as(organiser))
      .set('accept-language', 'en')
      .expect(409);
    expect(en.body.message).toContain('close judging early');
    expect((await t.http.get(`/api/editions/${id}`).set(as(organiser))).body.finalizedAt).toBeNull();
  });

  it('closes judging early with a reason (validated, organisers only, audited), then seals', async () => {
    const id = await judgedEdition('cierre-con-motivo');
    const judge = await newUser(t, Role.JUDGE);
    await t.http
      .post(`/api/editions/${id}/close-judging`)
      .set(as(await judge.login()))
      .send({ reason: 'Todas las hojas fueron enviadas.' })
      .expect(403);
    const blank = await t.http
      .post(`/api/editions/${id}/close-judging`)
      .set(as(organiser))
      .set('accept-language', 'en')
      .send({ reason: '\u200b\u200b\u200b' })
      .expect(400);
    expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect((await t.http.get(`/api/editions/${id}`).set(as(organiser))).body.judgingCloseAt).toBe(
      '2026-04-06T23:00:00.000Z',
    );

    const closed = await t.http
      .post(`/api/editions/${id}/close-judging`)
      .set(as(organiser))
      .send({ reason: 'Todas las hojas asignadas fueron enviadas.' })
      .expect(200);
    // The window ends with the second before the request: closed at once.
    const lastSecond = new Date(DURING_JUDGING.getTime() - 1000).toISOString();
    expect(closed.body.judgingCloseAt).toBe(lastSecond);
    expect(closed.body.phase).toBe('DELIBERATION');
    const [entry] = await auditOf('edition.closeJudging', id);
    expect(entry.before).toEqual({ judgingCloseAt: '2026-04-06T23:00:00.000Z' });
    expect(entry.after).toEqual({
      judgingCloseAt: lastSecond,
      reason: 'Todas las hojas asignadas fueron enviadas.',
    });
    const again = await t.http
      .post(`/api/editions/${id}/close-judging`)
      .set(as(organiser))
      .send({ reason: 'Todas las hojas asignadas fueron enviadas.' })
      .expect(409);
    expect(again.body.code).toBe('JUDGING_NOT_OPEN');

    const sealed = await t.http.post(`/api/editions/${id}/finalize`).set(as(organiser)).expect(200);
    expect(sealed.body.seal.version).toBe(1);
  });

  it('seals an edition where nothing is ranked only when that is acknowledged', async () => {
    const edition = await newEdition(t, { phase: 'DELIBERATION' });
    await newTrack(t, edition, { code: TrackCode.LOCAL_OPEN_GOV });
    await newTrack(t, edition, { code: TrackCode.FEDERAL_PROACTIVE });
    const refused = await t.http.post(`/api/editions/${edition.id}/finalize`).set(as(organiser)).expect(409);
    expect(refused.body.code).toBe('NOTHING_RANKED');
    expect(refused.body.message).toContain('acknowledgeNothingRanked');
    await t.http
      .post(`/api/editions/${edition.id}/finalize`)
      .set(as(organiser))
      .send({ acknowledgeNothingRanked: 'sí' })
      .expect(400);
    const sealed = await t.http
      .post(`/api/editions/${edition.id}/finalize`)
      .set(as(organiser))
      .send({ acknowledgeNothingRanked: true })
      .expect(200);
    expect(sealed.body.seal.version).toBe(1);
  });

  it('deletes an edition never finalised with its rows and files (audited); a sealed one is refused', async () => {
    const before = await tableCounts(t);
    const id = await judgedEdition('para-borrar');
    // One stored file (bundles carry attachments by hash only): on disk and in the table, as an upload leaves it.
    const storageName = `${randomUUID()}.pdf`;
    writeFileSync(join(t.uploadsDir, storageName), '%PDF-1.4\n%%EOF\n');
    const [nomination] = (await t.http.get(`/api/nominations?editionId=${id}`).set(as(organiser)).expect(200))
      .body.items as { id: string }[];
    await t.db.transaction((m) =>
      m.insert(AttachmentEntity, {
        id: randomUUID(),
        nominationId: nomination.id,
        name: 'evidencia.pdf',
        mimeType: 'application/pdf',
        size: 15,
        sha256: '0'.repeat(64),
        storageName,
        createdAt: t.clock.now(),
      }),
    );
    const holding = await tableCounts(t);
    expect(holding.score_sheets).toBeGreaterThan(before.score_sheets);

    const judge = await newUser(t, Role.JUDGE);
    await t.http
      .delete(`/api/editions/${id}`)
      .set(as(await judge.login()))
      .expect(403);
    const deleted = await t.http.delete(`/api/editions/${id}`).set(as(organiser)).expect(200);
    expect(deleted.body.removed).toMatchObject({
      nominations: holding.nominations - before.nominations,
      score_sheets: holding.score_sheets - before.score_sheets,
      assignments: holding.assignments - before.assignments,
      overrides: 1,
      attachments: 1,
      tracks: 2,
    });
    expect(deleted.body.files).toBe(1);
    expect(existsSync(join(t.uploadsDir, storageName))).toBe(false);
    await t.http.get(`/api/editions/${id}`).set(as(organiser)).expect(404);
    await t.http.get(`/api/nominations/${nomination.id}`).set(as(organiser)).expect(404);

    // Every table as before, but for the accounts and institutions the bundle brought, and the audit trail.
    const after = await tableCounts(t);
    const kept = ['audit_entries', 'users', 'institutions', 'judge_affiliations'];
    const without = (c: Record<string, number>) =>
      Object.fromEntries(Object.entries(c).filter(([table]) => !kept.includes(table)));
    expect(without(after)).toEqual(without(before));
    const [entry] = await auditOf('edition.delete', id);
    expect(entry.before).toMatchObject({ key: 'para-borrar' });
    expect(entry.after).toMatchObject({ files: 1, removed: { tracks: 2 } });
    expect((await t.http.get('/api/audit/verify').set(as(organiser)).expect(200)).body.ok).toBe(true);

    const sealedId = await judgedEdition('sellada');
    t.clock.set(new Date('2026-04-08T18:00:00.000Z'));
    await t.http.post(`/api/editions/${sealedId}/finalize`).set(as(organiser)).expect(200);
    const refused = await t.http.delete(`/api/editions/${sealedId}`).set(as(organiser)).expect(409);
    expect(refused.body.code).toBe('EDITION_FINALIZED');
    await t.http.get(`/api/editions/${sealedId}`).set(as(organiser)).expect(200);
    await t.http.delete(`/api/editions/${randomUUID()}`).set(as(organiser)).expect(404);
  });

  describe('from the edition page', () => {
    let browser: PageBrowser;
    const page = (id: string) => `/organizacion/ediciones/${id}`;

    beforeAll(async () => {
      t.clock.set(DURING_JUDGING);
      browser = new PageBrowser(t);
      await browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    });

    it('offers closing judging instead of sealing while it is open; the reason is required', async () => {
      const id = await judgedEdition('pagina-cierre');
      const open = await browser.get(page(id));
      expect(open.text).toContain('La evaluación sigue abierta hasta el 06/04/2026');
      expect(open.text).toContain(`action="/organizacion/ediciones/${id}/cerrar-evaluacion"`);
      expect(open.text).not.toContain(`action="/organizacion/ediciones/${id}/finalizar"`);
      // Posted anyway (an old tab): the service refuses, nothing sealed.
      const early = await browser.post(`${page(id)}/finalizar`, { confirmacion: 'SELLAR' });
      expect(early.status).toBe(409);
      expect(early.text).toContain('La evaluación sigue abierta');

      const empty = await browser.post(`${page(id)}/cerrar-evaluacion`, { reason: ' ' });
      expect(empty.status).toBe(400);
      expect(empty.text).toContain('id="f-reason-error"');
      const closed = await browser.post(`${page(id)}/cerrar-evaluacion`, {
        reason: 'El jurado terminó todas sus hojas antes del plazo.',
      });
      expect(closed.status).toBe(303);
      const after = await browser.get(String(closed.headers.location));
      expect(after.text).toContain('Evaluación cerrada antes de tiempo');
      expect(after.text).toContain(`action="/organizacion/ediciones/${id}/finalizar"`);
      expect(after.text).not.toContain('cerrar-evaluacion');
    });

    it('asks for the acknowledgement when nothing is ranked, and seals with it', async () => {
      const edition = await newEdition(t, { phase: 'DELIBERATION' });
      await newTrack(t, edition, { code: TrackCode.LOCAL_OPEN_GOV });
      await browser.get(page(edition.id));
      const refused = await browser.post(`${page(edition.id)}/finalizar`, { confirmacion: 'SELLAR' });
      expect(refused.status).toBe(409);
      expect(refused.text).toContain('Ninguna postulación de ninguna categoría tiene lugar');
      expect(refused.text).toContain('name="sinClasificacion"');
      const sealed = await browser.post(`${page(edition.id)}/finalizar`, {
        confirmacion: 'SELLAR',
        sinClasificacion: 'si',
      });
      expect(sealed.status).toBe(303);
      expect((await browser.get(page(edition.id))).text).not.toContain('/eliminar"');
    });

    it('deletes a never-sealed edition once ELIMINAR is typed, back to the dashboard', async () => {
      const id = await judgedEdition('pagina-borrar');
      const shown = await browser.get(page(id));
      expect(shown.text).toContain('escriba ELIMINAR');
      const wrong = await browser.post(`${page(id)}/eliminar`, { confirmacion: 'borrar' });
      expect(wrong.status).toBe(400);
      expect(wrong.text).toContain('escriba ELIMINAR para confirmar');
      await t.http.get(`/api/editions/${id}`).set(as(organiser)).expect(200);
      const deleted = await browser.post(`${page(id)}/eliminar`, { confirmacion: 'eliminar' });
      expect(deleted.status).toBe(303);
      expect(deleted.headers.location).toMatch(/^\/organizacion(\?|$)/);
      expect((await browser.get(String(deleted.headers.location))).text).toContain('Edición eliminada');
      await t.http.get(`/api/editions/${id}`).set(as(organiser)).expect(404);
    });
  });
});
