import { Permission, requireAccess } from '../access/permissions';
import { Injectable, Logger } from '@nestjs/common';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/auth-user';
import { notFound } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { Config } from '../config/config';
import { TransactionRunner } from '../database/transaction-runner';
import { EditionEntity } from '../database/schema/edition.entity';
import { EditionErrors } from './editions.errors';

const OF_TRACKS = 'SELECT "id" FROM "tracks" WHERE "editionId" = :id';
const OF_NOMINATIONS = 'SELECT "id" FROM "nominations" WHERE "editionId" = :id';

/**
 * What an edition holds, deleted child before parent. Tables are named rather than imported: the edition owns
 * these rows, but their entities belong to the modules that build on editions (judging, nominations, results).
 */
const HOLDINGS: readonly { table: string; where: string }[] = [
  {
    table: 'score_sheets',
    where: `"assignmentId" IN (SELECT "id" FROM "assignments" WHERE "trackId" IN (${OF_TRACKS}))`,
  },
  {
    table: 'discussion_post_versions',
    where: `"postId" IN (SELECT "id" FROM "discussion_posts" WHERE "trackId" IN (${OF_TRACKS}))`,
  },
  { table: 'discussion_posts', where: `"trackId" IN (${OF_TRACKS})` },
  { table: 'assignments', where: `"trackId" IN (${OF_TRACKS})` },
  { table: 'declared_conflicts', where: `"trackId" IN (${OF_TRACKS})` },
  { table: 'panel_members', where: `"trackId" IN (${OF_TRACKS})` },
  { table: 'overrides', where: '"editionId" = :id' },
  { table: 'corrections', where: '"editionId" = :id' },
  { table: 'attachments', where: `"nominationId" IN (${OF_NOMINATIONS})` },
  { table: 'nominations', where: '"editionId" = :id' },
  { table: 'track_rounds', where: `"trackId" IN (${OF_TRACKS})` },
  { table: 'track_fields', where: `"trackId" IN (${OF_TRACKS})` },
  { table: 'tracks', where: '"editionId" = :id' },
];

export interface EditionDeletion {
  editionId: string;
  /** Rows removed, by table. */
  removed: Record<string, number>;
  files: number;
}

/**
 * Deletes an edition that was never finalised, with everything it holds (tracks, nominations and their files,
 * panels, conflicts, assignments, sheets, overrides), in one audited transaction. A sealed edition is part of
 * the public record and is refused (409); it can be archived instead.
 */
@Injectable()
export class EditionDeletionService {
  private readonly logger = new Logger(EditionDeletionService.name);

  constructor(
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
    private readonly config: Config,
  ) {}

  async remove(actor: AuthUser, id: string): Promise<EditionDeletion> {
    requireAccess(actor, Permission.EDITION_MANAGE);
    const { deletion, storageNames } = await this.db.transaction(async (m) => {
      const edition = await m.findOneBy(EditionEntity, { id });
      if (!edition) throw notFound();
      if (edition.finalizedAt || (await count(m, 'seals', '"editionId" = :id', id)) > 0) {
        throw new DomainException(EditionErrors.EDITION_FINALIZED);
      }
      const files = await m
        .createQueryBuilder()
        .select('"storageName"', 'storageName')
        .from('attachments', 'a')
        .where(`"nominationId" IN (${OF_NOMINATIONS}) AND "storageName" IS NOT NULL`, { id })
        .getRawMany<{ storageName: string }>();
      const removed: Record<string, number> = {};
      for (const { table, where } of HOLDINGS) {
        const result = await m.createQueryBuilder().delete().from(table).where(where, { id }).execute();
        removed[table] = result.affected ?? 0;
      }
      await m.delete(EditionEntity, { id });
      const { key, name, year } = edition;
      await this.audit.append(
        m,
        actor,
        'edition.delete',
        { type: 'edition', id },
        { key, name, year },
        {
          removed,
          files: files.length,
        },
      );
      return {
        deletion: { editionId: id, removed, files: files.length },
        storageNames: files.map((f) => f.storageName),
      };
    });
    // After the commit: a failed transaction must not lose files whose rows are still there.
    for (const name of storageNames) {
      await unlink(join(this.config.app.uploadsDir, name)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') this.logger.warn(`attachment file not removed: ${name} (${error.code})`);
      });
    }
    return deletion;
  }
}

async function count(m: EntityManager, table: string, where: string, id: string): Promise<number> {
  const row = await m
    .createQueryBuilder()
    .select('COUNT(*)', 'n')
    .from(table, 't')
    .where(where, { id })
    .getRawOne<{ n: string | number }>();
  return Number(row?.n ?? 0);
}
