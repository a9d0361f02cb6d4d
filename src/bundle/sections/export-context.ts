import { EntityManager, In } from 'typeorm';
import { EditionEntity } from '../../database/schema/edition.entity';
import { TrackRoundEntity } from '../../database/schema/track-round.entity';
import { TrackEntity } from '../../database/schema/track.entity';
import { InstitutionEntity } from '../../database/schema/institution.entity';
import { AssignmentEntity } from '../../database/schema/assignment.entity';
import { NominationEntity } from '../../database/schema/nomination.entity';
import { UserEntity } from '../../database/schema/user.entity';

/** Ids per `IN (…)` query: far below SQLite's and PostgreSQL's bound-parameter limits. */
export const ID_CHUNK = 500;

export function chunks<T>(items: readonly T[], size = ID_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * What the sections of one export share: the edition, the rows already read (tracks, nominations) and the
 * institutions and users the exported rows refer to. Sections that refer to an institution or a user load it
 * here first; the institutions and users sections, exported last, write exactly the ones referred to.
 */
export class ExportContext {
  /** By id. */
  readonly tracks = new Map<string, TrackEntity>();
  /** The closed rounds of each track (by track id), in order. */
  readonly rounds = new Map<string, TrackRoundEntity[]>();
  /** By id. */
  readonly nominations = new Map<string, NominationEntity>();
  /** By id. */
  readonly assignments = new Map<string, AssignmentEntity>();
  /** Every institution referred to so far, by id. */
  readonly institutions = new Map<string, InstitutionEntity>();
  /** Every user referred to so far, by id. */
  readonly users = new Map<string, UserEntity>();

  constructor(
    readonly m: EntityManager,
    readonly edition: EditionEntity,
  ) {}

  async referInstitutions(ids: Iterable<string | null>): Promise<void> {
    await this.load(InstitutionEntity, this.institutions, ids);
  }

  async referUsers(ids: Iterable<string | null>): Promise<void> {
    await this.load(UserEntity, this.users, ids);
  }

  institutionKey(id: string): string {
    return this.required(this.institutions, id, 'institution').naturalKey;
  }

  institutionKeyOrNull(id: string | null): string | null {
    return id === null ? null : this.institutionKey(id);
  }

  userEmail(id: string): string {
    return this.required(this.users, id, 'user').email;
  }

  userEmailOrNull(id: string | null): string | null {
    return id === null ? null : this.userEmail(id);
  }

  trackCode(id: string): TrackEntity['code'] {
    return this.required(this.tracks, id, 'track').code;
  }

  nominationKey(id: string): string {
    return this.required(this.nominations, id, 'nomination').key;
  }

  private async load<T extends { id: string }>(
    entity: new () => T,
    into: Map<string, T>,
    ids: Iterable<string | null>,
  ): Promise<void> {
    const missing = [...new Set([...ids].filter((id): id is string => id !== null && !into.has(id)))];
    for (const chunk of chunks(missing)) {
      const rows = await this.m.find(entity, { where: { id: In(chunk) } as never });
      for (const row of rows) into.set(row.id, row);
    }
  }

  private required<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
    const row = map.get(id);
    if (!row) throw new Error(`Bundle export: ${what} ${id} was not loaded`);
    return row;
  }
}
