import { DataSource } from 'typeorm';
import type { FactoryHost } from './factories';

/** Rows in every table: a refused request must leave them all as they were. */
export async function tableCounts(t: FactoryHost): Promise<Record<string, number>> {
  const ds = t.app.get(DataSource);
  const counts: Record<string, number> = {};
  for (const meta of ds.entityMetadatas)
    counts[meta.tableName] = await t.db.read((m) => m.count(meta.target));
  return counts;
}
