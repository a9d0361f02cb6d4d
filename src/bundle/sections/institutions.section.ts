import { isStateCode } from '../../catalog/states';
import {
  INSTITUTION_LEVELS,
  InstitutionEntity,
  InstitutionKind,
  institutionNaturalKey,
} from '../../database/schema/institution.entity';
import { BundleInstitution } from '../format/bundle-format';
import { arrayOf, ref, strictObject, string } from '../format/schema-parts';
import { BundleSection, byKeys, checkUnique } from './section';

/**
 * Every institution the edition's rows refer to (nominating, nominee, a nominator's, a judge's affiliation, a
 * declared conflict's). The key is the natural key (folded name + state): on import an institution with the
 * same natural key is reused as stored, otherwise it is created.
 */
export const institutionsSection: BundleSection<'institutions'> = {
  name: 'institutions',
  schema: arrayOf(
    strictObject({
      key: ref('institutionKey'),
      name: string(300, 2),
      kind: { type: 'string', enum: Object.values(InstitutionKind).sort() },
      level: { type: 'string', enum: [...INSTITUTION_LEVELS].sort() },
      stateCode: ref('stateCodeOrNull'),
    }),
  ),

  async export(ctx): Promise<BundleInstitution[]> {
    return [...ctx.institutions.values()]
      .map((i) => ({ key: i.naturalKey, name: i.name, kind: i.kind, level: i.level, stateCode: i.stateCode }))
      .sort(byKeys((i) => i.key));
  },

  check({ bundle, problems }) {
    checkUnique(
      bundle.institutions,
      (i) => i.key,
      problems,
      (i) => ['institutions', i, 'key'],
    );
    bundle.institutions.forEach((institution, i) => {
      const expected = institutionNaturalKey(institution.name, institution.stateCode);
      if (institution.key !== expected) {
        problems.add(
          ['institutions', i, 'key'],
          'naturalKey',
          `debe ser la clave natural de la institución (nombre y entidad): "${expected}"`,
          `must be the institution's natural key (name and state): "${expected}"`,
        );
      }
      if (institution.stateCode !== null && !isStateCode(institution.stateCode)) {
        problems.add(
          ['institutions', i, 'stateCode'],
          'stateCode',
          'no es una clave INEGI de entidad',
          'is not an INEGI state code',
        );
      }
      if (institution.level !== 'FEDERAL' && institution.stateCode === null) {
        problems.add(
          ['institutions', i, 'stateCode'],
          'required',
          'es obligatoria para instituciones estatales y municipales',
          'is required for state and municipal institutions',
        );
      }
    });
  },

  async import(ctx) {
    let created = 0;
    for (const i of ctx.bundle.institutions) {
      let institution = await ctx.m.findOneBy(InstitutionEntity, { naturalKey: i.key });
      if (!institution) {
        institution = await ctx.services.institutions.findOrInsert(ctx.m, ctx.actor, {
          name: i.name,
          kind: i.kind,
          level: i.level,
          ...(i.stateCode !== null ? { stateCode: i.stateCode } : {}),
        });
        created++;
      }
      ctx.rows.institutions.set(i.key, institution);
    }
    ctx.counts.institutionsCreated = created;
    ctx.counts.institutionsMatched = ctx.bundle.institutions.length - created;
  },
};
