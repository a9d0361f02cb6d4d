import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { AuthUser } from '../access/auth-user';
import { matchesText } from '../common/text/fold';
import { InstitutionEntity } from '../database/schema/institution.entity';
import { Role } from '../database/schema/user.entity';
import { NominationQueryDto, NominationSort } from './dto/nomination.dto';
import { NominationEntity } from '../database/schema/nomination.entity';

export interface NominationPage {
  rows: NominationEntity[];
  total: number;
  page: number;
  pageSize: number;
}

/** The columns a text search reads and a sort compares (the page's full rows are read afterwards). */
const LEAN_COLUMNS = [
  'id',
  'key',
  'title',
  'summary',
  'status',
  'submittedAt',
  'createdAt',
  'nominatingInstitutionId',
  'nomineeInstitutionId',
] as const;

/**
 * The nominations a viewer may list, filtered, sorted (a whitelisted column, then id) and paged. Filters and,
 * without text, sorting and paging run in SQL; a text query is matched in memory with case and accents folded
 * (the same on both databases), over the filtered rows' few searchable columns.
 */
export async function searchNominations(
  m: EntityManager,
  actor: AuthUser,
  query: NominationQueryDto,
): Promise<NominationPage> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const sort = query.sort ?? 'createdAt';
  const descending = query.order === 'desc';
  const qb = filtered(m, actor, query);
  if (!query.q?.trim()) {
    const [rows, total] = await qb
      .orderBy(`n.${sort}`, descending ? 'DESC' : 'ASC', descending ? 'NULLS FIRST' : 'NULLS LAST')
      .addOrderBy('n.id', descending ? 'DESC' : 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { rows, total, page, pageSize };
  }
  const lean = await qb.select(LEAN_COLUMNS.map((c) => `n.${c}`)).getMany();
  const names = new Map(
    (await m.find(InstitutionEntity, { select: { id: true, name: true } })).map((i) => [i.id, i.name]),
  );
  const matching = lean
    .filter((n) =>
      matchesText(
        query.q,
        n.key,
        n.title,
        n.summary,
        names.get(n.nominatingInstitutionId),
        names.get(n.nomineeInstitutionId),
      ),
    )
    .sort((a, b) => compare(a, b, sort) * (descending ? -1 : 1));
  const ids = matching.slice((page - 1) * pageSize, page * pageSize).map((n) => n.id);
  const byId = new Map(
    (ids.length ? await m.findBy(NominationEntity, { id: In(ids) }) : []).map((n) => [n.id, n]),
  );
  return { rows: ids.map((id) => byId.get(id)!), total: matching.length, page, pageSize };
}

function filtered(
  m: EntityManager,
  actor: AuthUser,
  query: NominationQueryDto,
): SelectQueryBuilder<NominationEntity> {
  const qb = m.createQueryBuilder(NominationEntity, 'n');
  if (query.editionId) qb.andWhere('n.editionId = :editionId', { editionId: query.editionId });
  if (query.trackId) qb.andWhere('n.trackId = :trackId', { trackId: query.trackId });
  if (query.categoryKey) qb.andWhere('n.categoryKey = :categoryKey', { categoryKey: query.categoryKey });
  if (query.status) qb.andWhere('n.status = :status', { status: query.status });
  if (query.stateCode) qb.andWhere('n.stateCode = :stateCode', { stateCode: query.stateCode });
  if (query.institutionId) {
    qb.andWhere('(n.nominatingInstitutionId = :inst OR n.nomineeInstitutionId = :inst)', {
      inst: query.institutionId,
    });
  }
  if (actor.role === Role.NOMINATOR) {
    qb.andWhere('n.nominatingInstitutionId = :own', { own: actor.institutionId ?? '' });
  }
  return qb;
}

/** The in-memory order of the SQL one: the sort column (empty submission instants last), then id. */
function compare(a: NominationEntity, b: NominationEntity, sort: NominationSort): number {
  const x = a[sort];
  const y = b[sort];
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    const xv = x instanceof Date ? x.getTime() : x;
    const yv = y instanceof Date ? y.getTime() : y;
    if (xv < yv) return -1;
    if (xv > yv) return 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
