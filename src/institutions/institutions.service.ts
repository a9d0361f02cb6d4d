import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { Clock } from '../common/clock/clock';
import { notFound } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { TransactionRunner } from '../database/transaction-runner';
import { matchesText } from '../common/text/fold';
import { CreateInstitutionDto, InstitutionQueryDto, UpdateInstitutionDto } from './dto/institution.dto';
import { InstitutionEntity, institutionNaturalKey } from './institution.entity';
import { InstitutionErrors } from './institutions.errors';

@Injectable()
export class InstitutionsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async list(_auth: AuthUser | null, query: InstitutionQueryDto = {}): Promise<InstitutionEntity[]> {
    const rows = await this.db.read((m) =>
      m.find(InstitutionEntity, {
        // TypeORM 1.x refuses undefined values in a where condition: only the filters given.
        where: {
          ...(query.kind ? { kind: query.kind } : {}),
          ...(query.level ? { level: query.level } : {}),
          ...(query.stateCode ? { stateCode: query.stateCode } : {}),
        },
        order: { name: 'ASC', id: 'ASC' },
      }),
    );
    // Folded text search (accents, case) in memory: the same on both databases, over a few thousand rows.
    return rows.filter((i) => matchesText(query.q, i.name));
  }

  async get(_auth: AuthUser, id: string): Promise<InstitutionEntity> {
    const institution = await this.db.read((m) => m.findOneBy(InstitutionEntity, { id }));
    if (!institution) throw notFound();
    return institution;
  }

  create(auth: AuthUser, dto: CreateInstitutionDto): Promise<InstitutionEntity> {
    return this.db.transaction(async (m) => {
      const existing = await this.findByNaturalKey(m, dto.name, dto.stateCode ?? null);
      if (existing) throw new DomainException(InstitutionErrors.DUPLICATE);
      return this.insert(m, auth, dto);
    });
  }

  /** The institution with this name and state, created when missing (registration, bundle import). */
  async findOrInsert(
    m: EntityManager,
    auth: AuthUser | null,
    dto: CreateInstitutionDto,
  ): Promise<InstitutionEntity> {
    return (await this.findByNaturalKey(m, dto.name, dto.stateCode ?? null)) ?? this.insert(m, auth, dto);
  }

  async insert(
    m: EntityManager,
    auth: AuthUser | null,
    dto: CreateInstitutionDto,
  ): Promise<InstitutionEntity> {
    assertStateForLevel(dto);
    const institution = m.create(InstitutionEntity, {
      id: randomUUID(),
      name: dto.name.trim().replace(/\s+/g, ' '),
      kind: dto.kind,
      level: dto.level,
      stateCode: dto.stateCode ?? null,
      naturalKey: institutionNaturalKey(dto.name, dto.stateCode ?? null),
      createdAt: this.clock.now(),
    });
    await m.insert(InstitutionEntity, institution);
    await this.audit.append(
      m,
      auth,
      'institution.create',
      { type: 'institution', id: institution.id },
      null,
      institution,
    );
    return institution;
  }

  update(auth: AuthUser, id: string, dto: UpdateInstitutionDto): Promise<InstitutionEntity> {
    return this.db.transaction(async (m) => {
      const before = await m.findOneBy(InstitutionEntity, { id });
      if (!before) throw notFound();
      const after = m.merge(InstitutionEntity, m.create(InstitutionEntity, { ...before }), dto);
      assertStateForLevel(after);
      after.naturalKey = institutionNaturalKey(after.name, after.stateCode);
      const clash = await m.findOneBy(InstitutionEntity, { naturalKey: after.naturalKey });
      if (clash && clash.id !== id) throw new DomainException(InstitutionErrors.DUPLICATE);
      await m.save(InstitutionEntity, after);
      await this.audit.append(m, auth, 'institution.update', { type: 'institution', id }, before, after);
      return after;
    });
  }

  private findByNaturalKey(m: EntityManager, name: string, stateCode: string | null) {
    return m.findOneBy(InstitutionEntity, { naturalKey: institutionNaturalKey(name, stateCode) });
  }
}

function assertStateForLevel(dto: { level: string; stateCode?: string | null }): void {
  if (dto.level !== 'FEDERAL' && !dto.stateCode) throw new DomainException(InstitutionErrors.STATE_REQUIRED);
}
