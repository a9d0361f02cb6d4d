import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { OverrideEntity } from '../../database/schema/override.entity';
import { BundleOverride } from '../format/bundle-format';
import { arrayOf, integer, ref, strictObject, string } from '../format/schema-parts';
import { insertRows } from './import-context';
import { BundleSection, byKeys, checkUnique, instant } from './section';
import { visibleText } from '../../common/validation/visible-text';

const AWARDS = ['FIRST', 'HONOURABLE_MENTION', 'SECOND', 'THIRD'];

/** Organisers' overrides of the computed awards, with the jury's minute, in the order they were made per track. */
export const overridesSection: BundleSection<'overrides'> = {
  name: 'overrides',
  schema: arrayOf(
    strictObject({
      trackCode: ref('trackCodeRef'),
      nominationKey: ref('keyRef'),
      seq: integer(1, 1_000_000),
      kind: { type: 'string', enum: ['EXCLUDE', 'SET_AWARD'] },
      award: { type: ['string', 'null'], enum: [...AWARDS, null] },
      justification: string(10000, 10),
      createdByEmail: ref('emailOrNull'),
      createdAt: ref('instant'),
    }),
  ),

  async export(ctx): Promise<BundleOverride[]> {
    const trackIds = [...ctx.tracks.keys()];
    const rows = trackIds.length ? await ctx.m.findBy(OverrideEntity, { trackId: In(trackIds) }) : [];
    await ctx.referUsers(rows.map((o) => o.createdById));
    return rows
      .map((o) => ({
        trackCode: ctx.trackCode(o.trackId),
        nominationKey: ctx.nominationKey(o.nominationId),
        seq: o.seq,
        kind: o.kind,
        award: o.award,
        justification: o.justification,
        createdByEmail: ctx.userEmailOrNull(o.createdById),
        createdAt: o.createdAt.toISOString(),
      }))
      .sort(
        byKeys(
          (o) => o.trackCode,
          (o) => String(o.seq).padStart(7, '0'),
        ),
      );
  },

  check({ bundle, index, problems }) {
    checkUnique(
      bundle.overrides,
      (o) => `${o.trackCode}\u0000${o.seq}`,
      problems,
      (i) => ['overrides', i, 'seq'],
    );
    bundle.overrides.forEach((o, i) => {
      const at = (field: string) => ['overrides', i, field];
      if (!index.tracks.has(o.trackCode)) {
        problems.add(
          at('trackCode'),
          'unknownReference',
          'no es una convocatoria del paquete',
          'is not a track of the bundle',
        );
      }
      const nomination = index.nominations.get(o.nominationKey);
      if (!nomination) {
        problems.add(
          at('nominationKey'),
          'unknownReference',
          'no es una postulación del paquete',
          'is not a nomination of the bundle',
        );
      } else if (String(nomination.trackCode) !== String(o.trackCode)) {
        problems.add(
          at('nominationKey'),
          'inconsistent',
          `la postulación es de la convocatoria ${nomination.trackCode}`,
          `the nomination belongs to the track ${nomination.trackCode}`,
        );
      }
      if (o.kind === 'EXCLUDE' && o.award !== null) {
        problems.add(
          at('award'),
          'inconsistent',
          'debe ser null en una exclusión',
          'must be null for an exclusion',
        );
      }
      if (visibleText(o.justification).length < 10) {
        problems.add(
          at('justification'),
          'minLength',
          'el acta del jurado debe tener al menos 10 caracteres',
          'the jury’s minute must be at least 10 characters long',
        );
      }
      if (o.createdByEmail !== null && !index.users.has(o.createdByEmail)) {
        problems.add(
          at('createdByEmail'),
          'unknownReference',
          'no es un usuario del paquete',
          'is not a user of the bundle',
        );
      }
    });
  },

  async import(ctx) {
    const rows = ctx.bundle.overrides.map((o) =>
      ctx.m.create(OverrideEntity, {
        id: randomUUID(),
        editionId: ctx.editionId,
        trackId: ctx.rows.tracks.get(o.trackCode)!.id,
        nominationId: ctx.rows.nominations.get(o.nominationKey)!.id,
        seq: o.seq,
        kind: o.kind,
        award: o.kind === 'SET_AWARD' ? o.award : null,
        justification: o.justification,
        createdById: o.createdByEmail === null ? null : (ctx.rows.users.get(o.createdByEmail)?.id ?? null),
        createdAt: instant(o.createdAt),
      }),
    );
    await insertRows(ctx, OverrideEntity, rows, 'overrides');
    ctx.counts.overrides = rows.length;
  },
};
