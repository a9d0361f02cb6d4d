import { randomUUID } from 'node:crypto';
import { rubricProblems } from '../../domain/editions/rubric';
import { Aggregation, TrackEntity } from '../../database/schema/track.entity';
import { BundleTrack } from '../format/bundle-format';
import { arrayOf, integer, ref, strictObject, string } from '../format/schema-parts';
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

/** The edition's tracks with rubric, categories and scoring settings, by track code. */
export const tracksSection: BundleSection<'tracks'> = {
  name: 'tracks',
  schema: {
    ...arrayOf(
      strictObject({
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
      }),
    ),
    minItems: 1,
  },

  async export(ctx): Promise<BundleTrack[]> {
    const tracks = await ctx.m.find(TrackEntity, { where: { editionId: ctx.edition.id } });
    for (const t of tracks) ctx.tracks.set(t.id, t);
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
    }
    ctx.counts.tracks = ctx.bundle.tracks.length;
  },
};
