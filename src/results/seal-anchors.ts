import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntryEntity } from '../database/schema/audit-entry.entity';
import { type AuditAnchor, AuditService } from '../audit/audit.service';
import { EditionEntity } from '../database/schema/edition.entity';
import { SealEntity } from '../database/schema/seal.entity';

/**
 * Every seal made here recorded the audit chain's head; verifying the trail checks that those points are still
 * in it (docs/audit.md). Seals imported with an edition name another installation's chain and are left out.
 */
@Injectable()
export class SealAnchors implements OnModuleInit {
  constructor(private readonly audit: AuditService) {}

  onModuleInit(): void {
    this.audit.onVerifyAnchors((m) => sealAnchors(m));
  }
}

async function sealAnchors(m: EntityManager): Promise<AuditAnchor[]> {
  // A seal made here is followed by its `edition.finalize` entry, which names it; an imported one is not.
  const finalizations = await m.find(AuditEntryEntity, {
    where: { action: 'edition.finalize' },
    select: { entityId: true, after: true },
  });
  const local = new Set(
    finalizations.map(
      (e) => `${e.entityId}:${(e.after as { seal?: { sha256?: string } } | null)?.seal?.sha256}`,
    ),
  );
  const seals = await m.find(SealEntity, {
    select: { editionId: true, version: true, sha256: true, auditHead: true, auditHeadSeq: true },
    order: { finalizedAt: 'ASC', version: 'ASC' },
  });
  const keys = new Map(
    (await m.find(EditionEntity, { select: { id: true, key: true } })).map((e) => [e.id, e.key]),
  );
  return seals
    .filter((s) => local.has(`${s.editionId}:${s.sha256}`))
    .map((s) => ({
      label: `seal ${keys.get(s.editionId) ?? s.editionId} v${s.version}`,
      seq: s.auditHeadSeq,
      hash: s.auditHead,
    }));
}
