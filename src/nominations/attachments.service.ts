import { PRIVATE_DIR_MODE } from '../common/files/private-files';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock/clock';
import { notFound } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { Config } from '../config/config';
import { nominationAllows } from '../domain/intake/nomination-status';
import { TransactionRunner } from '../database/transaction-runner';
import { EditionEntity } from '../database/schema/edition.entity';
import { AttachmentEntity } from '../database/schema/attachment.entity';
import { TrackFieldEntity } from '../database/schema/track-field.entity';
import { fieldApplies } from '../domain/intake/custom-fields';
import { blindCopy, blindName } from './blind-copy';
import { sniffAttachment } from './file-sniffer';
import { requireNomination } from './nomination-access';
import { AttachmentView, presentAttachment } from './nomination.presenter';
import { NominationErrors } from './nominations.errors';
import { nominationWindowRefusal } from './nomination-window';
import { MAX_ATTACHMENTS, nameForType, ReceivedFile } from './upload-receiver';
import { inspectAttachment, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from './file-inspector';

export interface AttachmentDownload {
  stream: Readable;
  name: string;
  mimeType: string;
  size: number;
}

/**
 * Attachments live under UPLOADS_DIR with random names; the database row and the file appear together or not
 * at all: the file is moved into place before the row's transaction and removed if that transaction fails.
 */
@Injectable()
export class AttachmentsService implements OnModuleInit {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly config: Config,
  ) {}

  get uploadsDir(): string {
    return this.config.app.uploadsDir;
  }

  get uploadLimit(): number {
    return this.config.app.uploadLimit;
  }

  async onModuleInit(): Promise<void> {
    await mkdir(this.config.app.uploadsDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  }

  /**
   * Stores an uploaded file as general evidence or, with `fieldKey`, as the answer of a custom FILE field of the
   * nomination's track (replacing the field's previous file; only the types the field allows).
   */
  async upload(
    actor: AuthUser,
    nominationId: string,
    receive: () => Promise<ReceivedFile>,
    fieldKey?: string,
  ): Promise<AttachmentView> {
    // Refused before the body is read, when the request already says everything.
    await this.db.read((m) => this.assertAttachable(m, actor, nominationId, fieldKey));
    return this.store(actor, nominationId, async () => ({ received: await receive(), fieldKey }));
  }

  /** `upload` for a form whose body names the field (a multipart field before the file). */
  async uploadWithField(
    actor: AuthUser,
    nominationId: string,
    receive: () => Promise<{ received: ReceivedFile; fieldKey?: string }>,
  ): Promise<AttachmentView> {
    await this.db.read((m) => this.assertAttachable(m, actor, nominationId, undefined, false));
    return this.store(actor, nominationId, receive);
  }

  private async store(
    actor: AuthUser,
    nominationId: string,
    receive: () => Promise<{ received: ReceivedFile; fieldKey?: string }>,
  ): Promise<AttachmentView> {
    const { received: file, fieldKey } = await receive();
    let finalPath: string | null = null;
    let replaced: AttachmentEntity | null = null;
    try {
      const field = await this.db.read((m) => this.assertAttachable(m, actor, nominationId, fieldKey));
      const sniffed = sniffAttachment(file.head);
      if (!sniffed.ok)
        throw new DomainException(NominationErrors.FILE_TYPE_NOT_ALLOWED, { detected: sniffed.detected });
      if (field && !(field.fileTypes as string[]).includes(sniffed.extension)) {
        throw new DomainException(NominationErrors.FIELD_FILE_TYPE, {
          field: field.key,
          allowed: field.fileTypes.map((t) => t.toUpperCase()).join(', '),
          detected: sniffed.extension.toUpperCase(),
        });
      }
      await assertWholeDocument(sniffed.extension, await readFile(file.tempPath));
      const storageName = `${randomUUID()}.${sniffed.extension}`;
      finalPath = join(this.config.app.uploadsDir, storageName);
      await rename(file.tempPath, finalPath).catch(() => {
        throw new DomainException(NominationErrors.STORAGE_FAILED);
      });
      const attachment = await this.db.transaction(async (m) => {
        await this.assertAttachable(m, actor, nominationId, fieldKey);
        if (field) {
          replaced = await m.findOneBy(AttachmentEntity, { nominationId, fieldKey: field.key });
          if (replaced) {
            await m.delete(AttachmentEntity, { id: replaced.id });
            await this.audit.append(
              m,
              actor,
              'attachment.delete',
              { type: 'attachment', id: replaced.id },
              replaced,
              null,
            );
          }
        }
        const row = m.create(AttachmentEntity, {
          id: randomUUID(),
          nominationId,
          name: nameForType(file.name, sniffed.extension),
          mimeType: sniffed.mime,
          size: file.size,
          sha256: file.sha256,
          storageName,
          fieldKey: field?.key ?? null,
          createdAt: this.clock.now(),
        });
        await m.insert(AttachmentEntity, row);
        await this.audit.append(m, actor, 'attachment.create', { type: 'attachment', id: row.id }, null, row);
        return row;
      });
      finalPath = null;
      const old = replaced as AttachmentEntity | null;
      if (old?.storageName)
        await unlink(join(this.config.app.uploadsDir, old.storageName)).catch(() => undefined);
      return presentAttachment(attachment);
    } finally {
      await unlink(file.tempPath).catch(() => undefined);
      if (finalPath) await unlink(finalPath).catch(() => undefined);
    }
  }

  async download(actor: AuthUser, nominationId: string, attachmentId: string): Promise<AttachmentDownload> {
    const attachment = await this.db.read(async (m) => {
      await requireNomination(m, actor, nominationId);
      return m.findOneBy(AttachmentEntity, { id: attachmentId, nominationId });
    });
    if (!attachment?.storageName) throw notFound();
    const stream = createReadStream(join(this.config.app.uploadsDir, attachment.storageName));
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', () => reject(notFound()));
    });
    return { stream, name: attachment.name, mimeType: attachment.mimeType, size: attachment.size };
  }

  /**
   * The blind copy of an attachment (judges of a blind track): metadata removed, named after the nomination's
   * key and the file's place among its attachments (blind-copy.ts). Made on each download; the original is
   * never changed.
   */
  async blindDownload(
    actor: AuthUser,
    nominationId: string,
    attachmentId: string,
  ): Promise<AttachmentDownload> {
    const found = await this.db.read(async (m) => {
      const nomination = await requireNomination(m, actor, nominationId);
      const all = await m.find(AttachmentEntity, {
        where: { nominationId },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      const index = all.findIndex((a) => a.id === attachmentId);
      return index < 0 ? null : { key: nomination.key, index, attachment: all[index] };
    });
    if (!found?.attachment.storageName) throw notFound();
    const original = await readFile(join(this.config.app.uploadsDir, found.attachment.storageName)).catch(
      () => {
        throw notFound();
      },
    );
    const copy = await blindCopy(original, found.attachment.mimeType);
    return {
      stream: Readable.from([copy]),
      name: blindName(found.key, found.index, found.attachment.mimeType),
      mimeType: found.attachment.mimeType,
      size: copy.length,
    };
  }

  async remove(actor: AuthUser, nominationId: string, attachmentId: string): Promise<void> {
    const removed = await this.db.transaction(async (m) => {
      await this.assertRemovable(m, actor, nominationId);
      const attachment = await m.findOneBy(AttachmentEntity, { id: attachmentId, nominationId });
      if (!attachment) throw notFound();
      await m.delete(AttachmentEntity, { id: attachmentId });
      await this.audit.append(
        m,
        actor,
        'attachment.delete',
        { type: 'attachment', id: attachmentId },
        attachment,
        null,
      );
      return attachment;
    });
    // After the commit: a crash here leaves an orphan file, never a row without its file.
    if (removed.storageName)
      await unlink(join(this.config.app.uploadsDir, removed.storageName)).catch(() => undefined);
  }

  private async assertRemovable(m: EntityManager, actor: AuthUser, nominationId: string): Promise<void> {
    const nomination = await requireNomination(m, actor, nominationId);
    if (!nominationAllows(nomination.status, 'ATTACH')) {
      throw new DomainException(NominationErrors.NOT_EDITABLE, { status: nomination.status });
    }
    const edition = await m.findOneByOrFail(EditionEntity, { id: nomination.editionId });
    const refusal = nominationWindowRefusal(edition, nomination.extendedUntil, this.clock.now());
    if (refusal?.definition === NominationErrors.DEADLINE_PASSED) throw refusal;
  }

  /** Refuses an upload the nomination cannot take now; with `fieldKey`, returns the FILE field it answers. */
  private async assertAttachable(
    m: EntityManager,
    actor: AuthUser,
    nominationId: string,
    fieldKey?: string,
    countEvidence = true,
  ): Promise<TrackFieldEntity | null> {
    const nomination = await requireNomination(m, actor, nominationId);
    if (!nominationAllows(nomination.status, 'ATTACH')) {
      throw new DomainException(NominationErrors.NOT_EDITABLE, { status: nomination.status });
    }
    const edition = await m.findOneByOrFail(EditionEntity, { id: nomination.editionId });
    // Past the deadline uploads are refused like edits; before the opening an organiser's draft may take files.
    const refusal = nominationWindowRefusal(edition, nomination.extendedUntil, this.clock.now());
    if (refusal?.definition === NominationErrors.DEADLINE_PASSED) throw refusal;
    if (fieldKey !== undefined) {
      const field = await m.findOneBy(TrackFieldEntity, { trackId: nomination.trackId, key: fieldKey });
      if (!field || field.type !== 'FILE' || !fieldApplies(field, nomination.categoryKey)) {
        throw new DomainException(NominationErrors.NOT_A_FILE_FIELD, { field: fieldKey });
      }
      return field;
    }
    // The limit is on general evidence; each FILE field holds one file of its own.
    if (
      countEvidence &&
      (await m.countBy(AttachmentEntity, { nominationId, fieldKey: IsNull() })) >= MAX_ATTACHMENTS
    ) {
      throw new DomainException(NominationErrors.TOO_MANY_ATTACHMENTS, { max: MAX_ATTACHMENTS });
    }
    return null;
  }
}

/** Refuses (422) a file that is not a whole document of its type, a PDF with active content, an image bomb. */
async function assertWholeDocument(extension: string, bytes: Buffer): Promise<void> {
  const inspection = await inspectAttachment(extension, bytes);
  if (inspection.ok) return;
  switch (inspection.problem) {
    case 'NOT_WHOLE':
      throw new DomainException(NominationErrors.FILE_NOT_WHOLE, { type: extension.toUpperCase() });
    case 'ACTIVE_CONTENT':
      throw new DomainException(NominationErrors.FILE_ACTIVE_CONTENT, { what: inspection.what });
    case 'IMAGE_TOO_LARGE':
      throw new DomainException(NominationErrors.IMAGE_TOO_LARGE, {
        width: inspection.width,
        height: inspection.height,
        side: MAX_IMAGE_SIDE,
        megapixels: MAX_IMAGE_PIXELS / 1_000_000,
      });
  }
}
