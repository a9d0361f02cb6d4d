import { randomUUID } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MailOutbox } from '../../src/mail/mail-outbox';
import { MailKind } from '../../src/mail/messages';
import {
  nodeSignatureCheck,
  verifyPublicBundle,
  type PublicBundle,
  type PublishedKey,
} from '../../src/domain/verification';
import { OutboxMessageEntity } from '../../src/database/schema/outbox-message.entity';
import { AttachmentEntity } from '../../src/database/schema/attachment.entity';
import { NominationEntity } from '../../src/database/schema/nomination.entity';
import { RetentionService } from '../../src/privacy/retention.service';
import { Role, UserEntity, UserStatus } from '../../src/database/schema/user.entity';
import { borrowApp, runCliInProcess } from '../support/cli';
import { newUser } from '../support/factories';
import { ANNOUNCEMENT, DELIBERATION } from '../support/judged-bundle';
import { importJudgedEdition } from '../support/judged-edition';
import { PageBrowser } from '../support/page-browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';

/** Retention: after an edition's period, non-winners' contacts, files and accounts are erased; winners stay. */
describe('retention: what is kept after publication, and for how long', () => {
  let t: TestApp;
  let organiser: string;
  let editionId: string;
  let loserKey: string;
  let winnerKey: string;
  let nominatorId: string;
  const storageName = `${randomUUID()}.pdf`;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const nomination = (key: string) =>
    t.db.read((m) => m.findOneByOrFail(NominationEntity, { editionId, key }));

  beforeAll(async () => {
    t = await startTestApp({ now: DELIBERATION.toISOString() });
    organiser = await t.login();
    ({ editionId } = await importJudgedEdition(t, organiser));
    await t.http
      .patch(`/api/editions/${editionId}`)
      .set(as(organiser))
      .send({ retentionMonths: 6 })
      .expect(200);
    await t.http
      .patch(`/api/editions/${editionId}`)
      .set(as(organiser))
      .send({ retentionMonths: 0 })
      .expect(400);
    await t.http.post(`/api/editions/${editionId}/finalize`).set(as(organiser)).expect(200);
    t.clock.set(ANNOUNCEMENT);
    const results = await t.http.get(`/api/public/editions/${editionId}/results`).expect(200);
    const winners = new Set(
      (results.body.awards as { holders: { nominationKey: string }[] }[]).flatMap((a) =>
        a.holders.map((h) => h.nominationKey),
      ),
    );
    loserKey = 'L-4';
    expect(winners.has(loserKey)).toBe(false);
    winnerKey = [...winners][0];
    // The losing nomination has a file on disk, a nominator account and a mail waiting for that account.
    const nominator = await newUser(t, Role.NOMINATOR, {
      email: 'perdedora@example.org',
      name: 'Paula Perdedora',
    });
    nominatorId = nominator.id;
    writeFileSync(join(t.uploadsDir, storageName), '%PDF-1.4\n%%EOF\n');
    const loser = await nomination(loserKey);
    await t.db.transaction(async (m) => {
      await m.update(
        NominationEntity,
        { id: loser.id },
        { createdById: nominatorId, contactName: 'Luis Contacto' },
      );
      await m.insert(AttachmentEntity, {
        id: randomUUID(),
        nominationId: loser.id,
        name: 'evidencia.pdf',
        mimeType: 'application/pdf',
        size: 15,
        sha256: '0'.repeat(64),
        storageName,
        createdAt: t.clock.now(),
      });
      const to = {
        id: nominatorId,
        email: 'perdedora@example.org',
        name: 'Paula Perdedora',
        language: 'es' as const,
      };
      await t.app
        .get(MailOutbox)
        .enqueue(m, MailKind.REGISTRATION_RECEIVED, to, { name: 'Paula', institution: '—' });
    });
  });

  afterAll(() => t?.close());

  it('does nothing before the period ends; a dry run lists what is due and changes nothing', async () => {
    t.clock.set(new Date('2026-10-13T14:59:59.000Z')); // six months after 13 April, 15:00 UTC, less a second
    expect(await t.app.get(RetentionService).plan()).toEqual([]);
    t.clock.set(new Date('2026-10-13T15:00:00.000Z'));
    const dry = await runCliInProcess(['retention:apply', '--dry-run'], borrowApp(t.app));
    expect(dry.code).toBe(0);
    expect(dry.out).toContain(
      'Would erase the contacts of 1 non-winning nominations (L-4), 1 files, 1 accounts, 1 mails.',
    );
    expect((await nomination(loserKey)).contactName).toBe('Luis Contacto');
    expect(existsSync(join(t.uploadsDir, storageName))).toBe(true);
    // The edition page says, from the seal on, when the period ends and what it will erase.
    const browser = new PageBrowser(t);
    await browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD, `/organizacion/ediciones/${editionId}`);
    const page = await browser.get(`/organizacion/ediciones/${editionId}`);
    expect(page.text).toContain(
      'se suprimirán los datos de contacto de 1 postulaciones sin reconocimiento, 1 archivos, 1 cuentas',
    );
  });

  it('erases non-winners’ contacts, files, accounts and mails; keeps winners; the trail and the seal verify', async () => {
    const winnerBefore = await nomination(winnerKey);
    const run = await runCliInProcess(['retention:apply'], borrowApp(t.app));
    expect(run.code).toBe(0);
    expect(run.out).toContain('Erased the contacts of 1 non-winning nominations (L-4)');
    const loser = await nomination(loserKey);
    expect(loser).toMatchObject({
      contactName: 'Dato suprimido',
      contactEmail: 'suprimido@invalid.invalid',
      contactPhone: null,
    });
    expect(existsSync(join(t.uploadsDir, storageName))).toBe(false);
    const [attachment] = await t.db.read((m) => m.findBy(AttachmentEntity, { nominationId: loser.id }));
    expect(attachment).toMatchObject({ name: 'evidencia.pdf', storageName: null });
    const account = await t.db.read((m) => m.findOneByOrFail(UserEntity, { id: nominatorId }));
    expect(account).toMatchObject({
      name: 'Cuenta suprimida',
      status: UserStatus.DISABLED,
      passwordHash: null,
    });
    expect(account.email).not.toContain('perdedora');
    expect(
      await t.db.read((m) => m.countBy(OutboxMessageEntity, { toAddress: 'perdedora@example.org' })),
    ).toBe(0);
    await t.http
      .post('/api/auth/login')
      .send({ email: 'perdedora@example.org', password: 'x'.repeat(12) })
      .expect(401);
    expect(await nomination(winnerKey)).toEqual(winnerBefore);

    // Applied once: the next run finds nothing; the audit trail holds counts, not the data.
    expect((await runCliInProcess(['retention:apply'], borrowApp(t.app))).out).toContain(
      'No edition is past',
    );
    const audit = await t.http
      .get(`/api/audit?action=retention.apply&entityId=${editionId}`)
      .set(as(organiser))
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(JSON.stringify(audit.body.items[0].after)).not.toMatch(/Luis|perdedora|Paula/);
    expect((await t.http.get('/api/audit/verify').set(as(organiser)).expect(200)).body.ok).toBe(true);
    // The sealed results still verify: the public record needs no contact data.
    const bundle = (await t.http.get(`/api/public/editions/${editionId}/bundle`).expect(200))
      .body as PublicBundle;
    const keys = (await t.http.get('/api/public/keys').expect(200)).body.keys as PublishedKey[];
    const report = await verifyPublicBundle(bundle, {
      checkSignature: nodeSignatureCheck,
      trustedKeys: keys,
    });
    expect(report).toMatchObject({ ok: true });
    expect(
      (await t.http.get(`/api/editions/${editionId}`).set(as(organiser))).body.retentionAppliedAt,
    ).not.toBeNull();
  });
});
