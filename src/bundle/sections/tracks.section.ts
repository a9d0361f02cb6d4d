import { randomUUID } from 'node:crypto';
import { rubricProblems } from '../../domain/editions/rubric';
import { Aggregation, Criterion, TrackEntity } from '../../database/schema/track.entity';
import { BundleTrack } from '../format/bundle-format';
import { In } from 'typeorm';
import { arrayOf, integer, ref, strictObject, string, stringOrNull } from '../format/schema-parts';
import { BundleSection, byKeys, checkUnique, compareStrings, instant, iso } from './section';
import { ImportContext, insertRows } from './import-context';
import { isBlank } from '../../common/validation/visible-text';
import { SHORTLIST_RULES } from '../../domain/scoring/shortlist';
import { NominationEntity } from '../../database/schema/nomination.entity';
import { TrackRoundEntity } from '../../database/schema/track-round.entity';
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

function exportCriterion(c: Criterion): Criterion {
  return {
    key: c.key,
    name: c.name,
    description: c.description,
    weight: c.weight,
    min: c.min,
    max: c.max,
    guidance: c.guidance.map((g) => ({ score: g.score, text: g.text })),
  };
}
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
          round: integer(2, 50),
          rounds: arrayOf(
            strictObject(
              {
                number: integer(1, 49),
                rubric: { ...arrayOf(criterionSchema, 30), minItems: 1 },
                judgesPerNomination: integer(1, 50),
                minReviews: integer(1, 50),
                aggregation: { type: 'string', enum: Object.values(Aggregation).sort() },
                blind: { type: 'boolean' },
                openedAt: ref('instantOrNull'),
                closedAt: ref('instant'),
                closedByEmail: ref('emailOrNull'),
                rule: { type: 'string', enum: [...SHORTLIST_RULES].sort() },
                ruleSize: { type: ['integer', 'null'], minimum: 1, maximum: 1000 },
                ruleCut: { type: ['number', 'null'], minimum: 0, maximum: 100 },
                shortlist: { ...arrayOf(ref('keyRef')), minItems: 1 },
                justification: stringOrNull(10000),
                deliberation: { type: 'boolean' },
                deliberationNames: { type: 'boolean' },
              },
              ['deliberation', 'deliberationNames'],
            ),
            49,
          ),
          deliberation: { type: 'boolean' },
          deliberationNames: { type: 'boolean' },
          consensusOpenedAt: ref('instantOrNull'),
          fields: arrayOf(fieldSchema, MAX_FIELDS),
        },
        ['round', 'rounds', 'deliberation', 'deliberationNames', 'consensusOpenedAt', 'fields'],
      ),
    ),
    minItems: 1,
  },

  async export(ctx): Promise<BundleTrack[]> {
    const tracks = await ctx.m.find(TrackEntity, { where: { editionId: ctx.edition.id } });
    for (const t of tracks) ctx.tracks.set(t.id, t);
    const closed = tracks.length
      ? await ctx.m.find(TrackRoundEntity, {
          where: { trackId: In(tracks.map((t) => t.id)) },
          order: { number: 'ASC' },
        })
      : [];
    for (const t of tracks)
      ctx.rounds.set(
        t.id,
        closed.filter((r) => r.trackId === t.id),
      );
    const nominationKeys = new Map(
      closed.length
        ? (
            await ctx.m.find(NominationEntity, {
              where: { editionId: ctx.edition.id },
              select: { id: true, key: true },
            })
          ).map((n) => [n.id, n.key])
        : [],
    );
    await ctx.referUsers(closed.map((r) => r.closedById));
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
        rubric: t.rubric.map(exportCriterion),
        judgesPerNomination: t.judgesPerNomination,
        minReviews: t.minReviews,
        aggregation: t.aggregation,
        places: t.places,
        honourableMentions: t.honourableMentions,
        threshold: t.threshold,
        blind: t.blind,
        frozenAt: iso(t.frozenAt),
        // A track judged in one round exports as it did before rounds existed.
        ...(t.round > 1
          ? {
              round: t.round,
              rounds: ctx.rounds.get(t.id)!.map((r) => ({
                number: r.number,
                rubric: r.rubric.map(exportCriterion),
                judgesPerNomination: r.judgesPerNomination,
                minReviews: r.minReviews,
                aggregation: r.aggregation,
                blind: r.blind,
                openedAt: iso(r.openedAt),
                closedAt: r.closedAt.toISOString(),
                closedByEmail: ctx.userEmailOrNull(r.closedById),
                rule: r.rule,
                ruleSize: r.ruleSize,
                ruleCut: r.ruleCut,
                shortlist: r.shortlist.map((id) => nominationKeys.get(id)!).sort(compareStrings),
                justification: r.justification,
                ...(r.deliberation ? { deliberation: true, deliberationNames: r.deliberationNames } : {}),
              })),
            }
          : {}),
        // Deliberation is written only where it is on, like rounds, so older tracks export as before.
        ...(t.deliberation ? { deliberation: true, deliberationNames: t.deliberationNames } : {}),
        ...(t.consensusOpenedAt ? { consensusOpenedAt: t.consensusOpenedAt.toISOString() } : {}),
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

  check({ bundle, index, problems }) {
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
      const rounds = track.rounds ?? [];
      if (rounds.length !== (track.round ?? 1) - 1 || rounds.some((r, j) => r.number !== j + 1)) {
        problems.add(
          ['tracks', i, 'rounds'],
          'roundsOutOfOrder',
          'deben ser las rondas cerradas 1, 2… anteriores a la ronda actual',
          'must be the closed rounds 1, 2… before the current round',
        );
      }
      rounds.forEach((r, j) => {
        for (const key of r.shortlist) {
          if (index.nominations.get(key)?.trackCode !== track.code)
            problems.add(
              ['tracks', i, 'rounds', j, 'shortlist'],
              'unknownReference',
              `${key} no es una postulación de esta convocatoria`,
              `${key} is not a nomination of this track`,
            );
        }
        if (r.rule === 'SELECTION' && isBlank(r.justification))
          problems.add(
            ['tracks', i, 'rounds', j, 'justification'],
            'required',
            'es obligatoria en una selección del jurado',
            'is required for a jury selection',
          );
      });
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
        round: t.round ?? 1,
        deliberation: t.deliberation ?? false,
        deliberationNames: t.deliberationNames ?? false,
        consensusOpenedAt: instant(t.consensusOpenedAt ?? null),
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

/** The closed rounds of the bundle's tracks, once its nominations exist (their shortlists name them). */
export async function importClosedRounds(ctx: ImportContext): Promise<void> {
  const rows: TrackRoundEntity[] = [];
  for (const t of ctx.bundle.tracks) {
    for (const r of t.rounds ?? []) {
      rows.push(
        ctx.m.create(TrackRoundEntity, {
          id: randomUUID(),
          trackId: ctx.rows.tracks.get(t.code)!.id,
          number: r.number,
          rubric: r.rubric,
          judgesPerNomination: r.judgesPerNomination,
          minReviews: r.minReviews,
          aggregation: r.aggregation,
          blind: r.blind,
          openedAt: instant(r.openedAt),
          closedAt: instant(r.closedAt),
          closedById: r.closedByEmail === null ? null : (ctx.rows.users.get(r.closedByEmail)?.id ?? null),
          rule: r.rule,
          ruleSize: r.ruleSize,
          ruleCut: r.ruleCut,
          shortlist: r.shortlist.map((key) => ctx.rows.nominations.get(key)!.id).sort(),
          justification: r.justification,
          deliberation: r.deliberation ?? false,
          deliberationNames: r.deliberationNames ?? false,
        }),
      );
    }
  }
  await insertRows(ctx, TrackRoundEntity, rows, 'closed rounds');
  ctx.counts.closedRounds = rows.length;
}
