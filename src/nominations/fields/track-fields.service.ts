import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Permission, requireAccess } from '../../access/permissions';
import { AuthUser } from '../../access/auth-user';
import { AuditService } from '../../audit/audit.service';
import { notFound } from '../../common/errors/common.errors';
import { DomainException } from '../../common/errors/domain-exception';
import { definitionProblems, FieldDefinition } from '../../domain/intake/custom-fields';
import { Locks } from '../../database/locks';
import { TransactionRunner } from '../../database/transaction-runner';
import { EditionEntity } from '../../database/schema/edition.entity';
import { TrackEntity } from '../../database/schema/track.entity';
import { TrackFieldEntity } from '../../database/schema/track-field.entity';
import { NominationErrors } from '../nominations.errors';
import { invalidFields } from './custom-fields';
import { fieldsFrozen, fieldsOf, presentField } from '../../database/track-fields';
import { TrackFieldDto, TrackFieldsDto } from './track-fields.dto';

export interface TrackFieldsView {
  trackId: string;
  frozen: boolean;
  fields: ReturnType<typeof presentField>[];
}

/** The definition a DTO describes, with the defaults of what it left out. */
export function definitionOf(dto: TrackFieldDto): FieldDefinition {
  return {
    key: dto.key,
    type: dto.type,
    labelEs: dto.labelEs.trim(),
    labelEn: dto.labelEn.trim(),
    helpEs: dto.helpEs?.trim() || null,
    helpEn: dto.helpEn?.trim() || null,
    required: dto.required ?? false,
    categories: dto.categories ?? [],
    options: (dto.options ?? []).map((o) => ({
      value: o.value,
      labelEs: o.labelEs.trim(),
      labelEn: o.labelEn.trim(),
    })),
    min: dto.min ?? null,
    max: dto.max ?? null,
    maxLength: dto.maxLength ?? null,
    fileTypes: dto.fileTypes ? [...new Set(dto.fileTypes)] : [],
    identifying: dto.identifying ?? false,
  };
}

/**
 * Organisers define a track's extra nomination fields; they may change them until the track's first
 * submission, after which every nomination must be read against the same definitions (409 FIELDS_FROZEN).
 */
@Injectable()
export class TrackFieldsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async get(actor: AuthUser, trackId: string): Promise<TrackFieldsView> {
    requireAccess(actor, Permission.EDITION_READ);
    return this.db.read(async (m) => {
      if (!(await m.existsBy(TrackEntity, { id: trackId }))) throw notFound();
      const [fields, frozen] = await Promise.all([fieldsOf(m, trackId), fieldsFrozen(m, trackId)]);
      return { trackId, frozen, fields: fields.map(presentField) };
    });
  }

  /** Replaces the whole ordered list (position = place in the list). */
  async replace(actor: AuthUser, trackId: string, dto: TrackFieldsDto): Promise<TrackFieldsView> {
    requireAccess(actor, Permission.EDITION_MANAGE);
    const definitions = dto.fields.map(definitionOf);
    return this.db.transaction(async (m) => {
      // Submissions take the track's lock shared: a definition change and a first submission never interleave.
      await this.db.lock(m, Locks.judgingTrack(trackId));
      const track = await m.findOneBy(TrackEntity, { id: trackId });
      if (!track) throw notFound();
      const edition = await m.findOneByOrFail(EditionEntity, { id: track.editionId });
      if (edition.finalizedAt) throw new DomainException(NominationErrors.EDITION_CLOSED);
      if (await fieldsFrozen(m, trackId)) throw new DomainException(NominationErrors.FIELDS_FROZEN);
      const problems = definitionProblems(
        definitions,
        track.categories.map((c) => c.key),
      );
      if (problems.length > 0) throw invalidFields(problems);
      const before = (await fieldsOf(m, trackId)).map(presentField);
      await m.delete(TrackFieldEntity, { trackId });
      const rows = definitions.map((d, position) =>
        m.create(TrackFieldEntity, { ...d, id: randomUUID(), trackId, position }),
      );
      if (rows.length > 0) await m.insert(TrackFieldEntity, rows);
      const fields = rows.map(presentField);
      await this.audit.append(
        m,
        actor,
        'track.fields',
        { type: 'track', id: trackId },
        { fields: before },
        { fields },
      );
      return { trackId, frozen: false, fields };
    });
  }
}
