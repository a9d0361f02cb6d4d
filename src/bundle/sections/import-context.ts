import { EntityManager } from 'typeorm';
import type { AuditService } from '../../audit/audit.service';
import { AuthUser } from '../../access/auth-user';
import { TrackEntity } from '../../database/schema/track.entity';
import type { InstitutionsService } from '../../institutions/institutions.service';
import { InstitutionEntity } from '../../database/schema/institution.entity';
import { NominationEntity } from '../../database/schema/nomination.entity';
import { UserEntity } from '../../database/schema/user.entity';
import type { UsersService } from '../../users/users.service';
import type { SealSigner } from '../../results/signing/seal-signer.service';
import { BundleV1 } from '../format/bundle-format';
import { chunks } from './export-context';

/** Rows stored so far by the import, by bundle key. */
export class ImportedRows {
  readonly tracks = new Map<string, TrackEntity>();
  readonly institutions = new Map<string, InstitutionEntity>();
  readonly users = new Map<string, UserEntity>();
  readonly nominations = new Map<string, NominationEntity>();
  /** Assignment id by `nominationKey` + NUL + judge email. */
  readonly assignments = new Map<string, string>();
}

export function assignmentKey(nominationKey: string, judgeEmail: string, round = 1): string {
  return `${nominationKey}\u0000${judgeEmail}\u0000${round}`;
}

export interface ImportServices {
  readonly institutions: Pick<InstitutionsService, 'findOrInsert'>;
  readonly users: Pick<UsersService, 'insert'>;
  readonly audit: Pick<AuditService, 'append'>;
  readonly sealSigner: Pick<SealSigner, 'prepare' | 'sign'>;
}

/** What the sections of one import share, inside its one transaction. */
export interface ImportContext {
  readonly m: EntityManager;
  readonly actor: AuthUser | null;
  readonly now: Date;
  /** The id the new edition gets. */
  readonly editionId: string;
  readonly bundle: BundleV1;
  readonly rows: ImportedRows;
  readonly services: ImportServices;
  /** What the import created or matched, per kind (recorded in the `bundle.import` audit entry). */
  readonly counts: Record<string, number>;
  progress(section: string, done: number, total: number): void;
}

/** Multi-row inserts in chunks that stay under the bound-parameter limits of both databases. */
export async function insertRows<T extends object>(
  ctx: ImportContext,
  entity: new () => T,
  rows: T[],
  section: string,
  perChunk = 200,
): Promise<void> {
  let done = 0;
  for (const chunk of chunks(rows, perChunk)) {
    // No read-back: the rows carry every value, and TypeORM's read-back of column defaults after a multi-row
    // insert on SQLite merges the rows it reads in index order, not insertion order (ids would be swapped).
    await ctx.m.createQueryBuilder().insert().into(entity).values(chunk).updateEntity(false).execute();
    done += chunk.length;
    ctx.progress(section, done, rows.length);
  }
}
