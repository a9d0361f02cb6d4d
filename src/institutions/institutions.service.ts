import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock/clock';
import { notFound } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { TransactionRunner } from '../database/transaction-runner';
import { matchesText } from '../common/text/fold';
import { hasMixedScripts } from '../domain/intake/names';
import { CreateInstitutionDto, InstitutionQueryDto, UpdateInstitutionDto } from './dto/institution.dto';
import {
  InstitutionEntity,
  institutionName,
  institutionNaturalKey,
} from '../database/schema/institution.entity';
import { InstitutionErrors } from './institutions.errors';
import { requireInstitutionAccess } from './institution.policy';

@Injectable()
export class InstitutionsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /**
   * Signed-in readers get every institution, flagged when its name mixes scripts; anonymous callers (the public
   * list, the registration form) only the listed ones.
   */
  async list(actor: AuthUser | null, query: InstitutionQueryDto = {}): Promise<InstitutionView[]> {
    const rows = await this.db.read((m) =>
      m.find(InstitutionEntity, {
        // TypeORM 1.x refuses undefined values in a where condition: only the filters given.
        where: {
          ...(query.kind ? { kind: query.kind } : {}),
          ...(query.level ? { level: query.level } : {}),
          ...(query.stateCode ? { stateCode: query.stateCode } : {}),
          ...(actor ? {} : { listedAt: Not(IsNull()) }),
        },
        order: { name: 'ASC', id: 'ASC' },
      }),
    );
    // Folded text search (accents, case) in memory: the same on both databases, over a few thousand rows.
    return rows.filter((i) => matchesText(query.q, i.name)).map(presentInstitution);
  }

  async get(actor: AuthUser, id: string): Promise<InstitutionView> {
    requireInstitutionAccess(actor, 'READ');
    const institution = await this.db.read((m) => m.findOneBy(InstitutionEntity, { id }));
    if (!institution) throw notFound();
    return presentInstitution(institution);
  }

  async create(actor: AuthUser, dto: CreateInstitutionDto): Promise<InstitutionView> {
    requireInstitutionAccess(actor, 'CREATE');
    return this.db.transaction(async (m) => {
      const existing = await this.findByNaturalKey(m, dto.name, dto.stateCode ?? null);
      if (existing) throw new DomainException(InstitutionErrors.DUPLICATE);
      return presentInstitution(await this.insert(m, actor, dto));
    });
  }

  /**
   * The institution with this name and state, created when missing (registration, bundle import). One created
   * by a self-registering nominator (`listed: false`) stays off the public list until an organiser approves
   * its first nominator (see `list`).
   */
  async findOrInsert(
    m: EntityManager,
    actor: AuthUser | null,
    dto: CreateInstitutionDto,
    options: { listed: boolean } = { listed: true },
  ): Promise<InstitutionEntity> {
    return (
      (await this.findByNaturalKey(m, dto.name, dto.stateCode ?? null)) ?? this.insert(m, actor, dto, options)
    );
  }

  async insert(
    m: EntityManager,
    actor: AuthUser | null,
    dto: CreateInstitutionDto,
    options: { listed: boolean } = { listed: true },
  ): Promise<InstitutionEntity> {
    assertStateForLevel(dto);
    const now = this.clock.now();
    const institution = m.create(InstitutionEntity, {
      id: randomUUID(),
      name: institutionName(dto.name),
      kind: dto.kind,
      level: dto.level,
      stateCode: dto.stateCode ?? null,
      naturalKey: institutionNaturalKey(dto.name, dto.stateCode ?? null),
      createdAt: now,
      listedAt: options.listed ? now : null,
    });
    await m.insert(InstitutionEntity, institution);
    await this.audit.append(
      m,
      actor,
      'institution.create',
      { type: 'institution', id: institution.id },
      null,
      institution,
    );
    return institution;
  }

  async update(actor: AuthUser, id: string, dto: UpdateInstitutionDto): Promise<InstitutionView> {
    requireInstitutionAccess(actor, 'EDIT');
    return this.db.transaction(async (m) => {
      const before = await m.findOneBy(InstitutionEntity, { id });
      if (!before) throw notFound();
      const changes = dto.name === undefined ? dto : { ...dto, name: institutionName(dto.name) };
      const after = m.merge(InstitutionEntity, m.create(InstitutionEntity, { ...before }), changes);
      assertStateForLevel(after);
      after.naturalKey = institutionNaturalKey(after.name, after.stateCode);
      const clash = await m.findOneBy(InstitutionEntity, { naturalKey: after.naturalKey });
      if (clash && clash.id !== id) throw new DomainException(InstitutionErrors.DUPLICATE);
      await m.save(InstitutionEntity, after);
      await this.audit.append(m, actor, 'institution.update', { type: 'institution', id }, before, after);
      return presentInstitution(after);
    });
  }

  /** Lists an unlisted institution (its first nominator was approved), inside the caller's transaction. */
  async listPublicly(m: EntityManager, actor: AuthUser, id: string): Promise<void> {
    const before = await m.findOneBy(InstitutionEntity, { id });
    if (!before || before.listedAt) return;
    const listedAt = this.clock.now();
    await m.update(InstitutionEntity, { id }, { listedAt });
    await this.audit.append(
      m,
      actor,
      'institution.list',
      { type: 'institution', id },
      { listedAt: null },
      { listedAt },
    );
  }

  private findByNaturalKey(m: EntityManager, name: string, stateCode: string | null) {
    return m.findOneBy(InstitutionEntity, { naturalKey: institutionNaturalKey(name, stateCode) });
  }
}

function assertStateForLevel(dto: { level: string; stateCode?: string | null }): void {
  if (dto.level !== 'FEDERAL' && !dto.stateCode) throw new DomainException(InstitutionErrors.STATE_REQUIRED);
}

/** An institution as answered: `mixedScript` flags a name mixing scripts (a possible look-alike) for organisers. */
export type InstitutionView = InstitutionEntity & { mixedScript: boolean };

function presentInstitution(institution: InstitutionEntity): InstitutionView {
  return { ...institution, mixedScript: hasMixedScripts(institution.name) };
}
