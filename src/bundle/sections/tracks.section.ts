import { randomUUID } from 'node:crypto';
import { rubricProblems } from '../../domain/editions/rubric';
import { Aggregation, TrackEntity } from '../../database/schema/track.entity';
import { BundleTrack } from '../format/bundle-format';
import { arrayOf, integer, ref, strictObject, string, stringOrNull } from '../format/schema-parts';
import {
  definitionProblems,
  FIELD_FILE_TYPES,
  FIELD_KEY,
  FIELD_TYPES,
  MAX_FIELDS,
  MAX_OPTIONS,
  TEXT_LIMITS,
} from '../../domain/intake/custom-fields';
import { TrackFieldEntity } from '../../database/schema/track-field.entity';
import { fieldsByTrack, presentField } from '../../database/track-fields';
import { insertRows } from './import-context';
import { BundleSection, byKeys, checkUnique, instant, iso } from './section';
import { RUBRIC_MESSAGES } from '../../editions/tracks.validation';

const criterionSchema = strictObject({
  key: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]{0,39}$' },
  name: string(200, 1),
  description: string(2000),
  weight: { type: 'number', exclusiveMinimum: 0, maximum: 1000 },
  min: { type: 'number' },
  max: { type: 'number' },
  guidance: arrayOf(strictObject({ score: { type: 'number' }, text: string(1000) }), 20),
});

const fieldSchema = strictObject({
  key: { type: 'string', pattern: FIELD_KEY.source },
  type: { type: 'string', enum: [...FIELD_TYPES].sort() },
  labelEs: string(300, 1),
  labelEn: string(300, 1),
  helpEs: stringOrNull(2000),
  helpEn: stringOrNull(2000),
  required: { type: 'boolean' },
  categories: arrayOf(string(64, 1), 50),
  options: arrayOf(
    strictObject({
      value: { type: 'string', pattern: '^[\\w.-]{1,64}$' },
      labelEs: string(200, 1),
      labelEn: string(200, 1),
    }),
    MAX_OPTIONS,
  ),
  min: { type: ['number', 'null'] },
  max: { type: ['number', 'null'] },
  maxLength: { type: ['integer', 'null'], minimum: 1, maximum: TEXT_LIMITS.LONG_TEXT },
  fileTypes: arrayOf({ type: 'string', enum: [...FIELD_FILE_TYPES].sort() }, FIELD_FILE_TYPES.length),
  identifying: { type: 'boolean' },
});

/** The edition's tracks with rubric, categories and scoring settings, by track code. */
export const tracksSection: BundleSection<'tracks'> = {
  name: 'tracks',
  schema: {
    ...arrayOf(
      strictObject(
        {
          code: ref('trackCode'),
          name: string(300, 1),
          eligibilityRule: { type: 'string', enum: ['FEDERAL_NOMINEE', 'NONE', 'PARTICIPATING_STATE'] },
          categories: arrayOf(
            strictObject({
              key: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]{0,63}$' },
              name: string(200, 1),
            }),
            50,
          ),
          rubric: { ...arrayOf(criterionSchema, 30), minItems: 1 },
          judgesPerNomination: integer(1, 50),
          minReviews: integer(1, 50),
          aggregation: { type: 'string', enum: Object.values(Aggregation).sort() },
          places: integer(0, 3),
          honourableMentions: integer(0, 20),
          threshold: { type: 'number', minimum: 0, maximum: 100 },
          blind: { type: 'boolean' },
          frozenAt: ref('instantOrNull'),
          fields: arrayOf(fieldSchema, MAX_FIELDS),
        },
        ['fields'],
      ),
    ),
    minItems: 1,
  },

  async export(ctx): Promise<BundleTrack[]> {
    const tracks = await ctx.m.find(TrackEntity, { where: { editionId: ctx.edition.id } });
    for (const t of tracks) ctx.tracks.set(t.id, t);
    const fields = await fieldsByTrack(
      ctx.m,
      tracks.map((t) => t.id),
    );
    return tracks
      .map((t) => ({
        code: t.code,
        name: t.name,
        eligibilityRule: t.eligibilityRule,
        categories: t.categories.map((c) => ({ key: c.key, name: c.name })),
        rubric: t.rubric.map((c) => ({
          key: c.key,
          name: c.name,
          description: c.description,
          weight: c.weight,
          min: c.min,
          max: c.max,
          guidance: c.guidance.map((g) => ({ score: g.score, text: g.text })),
        })),
        judgesPerNomination: t.judgesPerNomination,
        minReviews: t.minReviews,
        aggregation: t.aggregation,
        places: t.places,
        honourableMentions: t.honourableMentions,
        threshold: t.threshold,
        blind: t.blind,
        frozenAt: iso(t.frozenAt),
        // Only when there are some: a bundle of an edition without custom fields is as it was before them.
        ...(fields.get(t.id)?.length
          ? {
              fields: fields.get(t.id)!.map((f) => {
                const { position: _position, ...definition } = presentField(f);
                return definition;
              }),
            }
          : {}),
      }))
      .sort(byKeys((t) => t.code));
  },

  check({ bundle, problems }) {
    checkUnique(
      bundle.tracks,
      (t) => t.code,
      problems,
      (i) => ['tracks', i, 'code'],
    );
    bundle.tracks.forEach((track, i) => {
      for (const p of rubricProblems(track.rubric)) {
        const message = RUBRIC_MESSAGES[p.rule];
        problems.add(['tracks', i, 'rubric', p.index, p.field], p.rule, message.es, message.en);
      }
      checkUnique(
        track.categories,
        (c) => c.key,
        problems,
        (j) => ['tracks', i, 'categories', j, 'key'],
      );
      const keys = track.categories.map((c) => c.key);
      for (const p of definitionProblems(track.fields ?? [], keys)) {
        // `fields.2.key` → ['tracks', i, 'fields', 2, 'key']
        const path = p.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
        problems.add(['tracks', i, ...path], p.code, p.es, p.en);
      }
    });
  },

  async import(ctx) {
    for (const t of ctx.bundle.tracks) {
      const track = ctx.m.create(TrackEntity, {
        id: randomUUID(),
        editionId: ctx.editionId,
        code: t.code,
        name: t.name,
        eligibilityRule: t.eligibilityRule,
        categories: t.categories,
        rubric: t.rubric,
        judgesPerNomination: t.judgesPerNomination,
        minReviews: t.minReviews,
        aggregation: t.aggregation,
        places: t.places,
        honourableMentions: t.honourableMentions,
        threshold: t.threshold,
        blind: t.blind,
        frozenAt: instant(t.frozenAt),
      });
      await ctx.m.insert(TrackEntity, track);
      ctx.rows.tracks.set(t.code, track);
      const fields = (t.fields ?? []).map((f, position) =>
        ctx.m.create(TrackFieldEntity, { ...f, id: randomUUID(), trackId: track.id, position }),
      );
      if (fields.length > 0) {
        await insertRows(ctx, TrackFieldEntity, fields, 'tracks');
        ctx.counts.trackFields = (ctx.counts.trackFields ?? 0) + fields.length;
      }
    }
    ctx.counts.tracks = ctx.bundle.tracks.length;
  },
};
