import { isStateCode } from '../../catalog/states';
import { TIMELINE_INSTANTS, timelineProblems } from '../../domain/editions/phase';
import { EditionEntity } from '../../database/schema/edition.entity';
import { BundleEdition } from '../format/bundle-format';
import { arrayOf, integer, ref, strictObject, string } from '../format/schema-parts';
import { BundleSection, compareStrings, instant, iso } from './section';

const DATES = TIMELINE_INSTANTS;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The edition itself: key, name, year, time zone, phase dates, participating states, finalised/published. */
export const editionSection: BundleSection<'edition'> = {
  name: 'edition',
  schema: strictObject({
    key: ref('key'),
    name: string(200, 3),
    year: integer(2000, 2100),
    timezone: string(64, 1),
    nominationsOpenAt: ref('instant'),
    nominationsCloseAt: ref('instant'),
    judgingOpenAt: ref('instant'),
    judgingCloseAt: ref('instant'),
    announcementAt: ref('instant'),
    participatingStates: { ...arrayOf(ref('stateCode'), 32), uniqueItems: true },
    finalizedAt: ref('instantOrNull'),
    publishedAt: ref('instantOrNull'),
  }),

  async export(ctx): Promise<BundleEdition> {
    const e = ctx.edition;
    return {
      key: e.key,
      name: e.name,
      year: e.year,
      timezone: e.timezone,
      nominationsOpenAt: e.nominationsOpenAt.toISOString(),
      nominationsCloseAt: e.nominationsCloseAt.toISOString(),
      judgingOpenAt: e.judgingOpenAt.toISOString(),
      judgingCloseAt: e.judgingCloseAt.toISOString(),
      announcementAt: e.announcementAt.toISOString(),
      participatingStates: [...e.participatingStates].sort(compareStrings),
      finalizedAt: iso(e.finalizedAt),
      publishedAt: iso(e.publishedAt),
    };
  },

  check({ bundle, problems }) {
    const e = bundle.edition;
    if (!isTimeZone(e.timezone)) {
      problems.add(
        ['edition', 'timezone'],
        'timeZone',
        'no es una zona horaria IANA',
        'is not an IANA time zone',
      );
    }
    e.participatingStates.forEach((code, i) => {
      if (!isStateCode(code)) {
        problems.add(
          ['edition', 'participatingStates', i],
          'stateCode',
          'no es una clave INEGI de entidad',
          'is not an INEGI state code',
        );
      }
    });
    const dates = Object.fromEntries(DATES.map((d) => [d, new Date(e[d])])) as Record<
      (typeof DATES)[number],
      Date
    >;
    for (const p of timelineProblems(dates)) {
      problems.add(
        ['edition', p.field],
        'order',
        'debe ser posterior o igual a la fecha anterior (apertura ≤ cierre ≤ evaluación ≤ fin ≤ anuncio)',
        'must not be earlier than the previous date (open ≤ close ≤ judging ≤ judging close ≤ announcement)',
      );
    }
    if (e.publishedAt !== null && e.finalizedAt === null) {
      problems.add(
        ['edition', 'publishedAt'],
        'inconsistent',
        'una edición solo se publica después de finalizarla',
        'an edition is published only after it is finalised',
      );
    }
  },

  async import(ctx) {
    const e = ctx.bundle.edition;
    const edition = ctx.m.create(EditionEntity, {
      id: ctx.editionId,
      key: e.key,
      name: e.name,
      year: e.year,
      timezone: e.timezone,
      nominationsOpenAt: instant(e.nominationsOpenAt),
      nominationsCloseAt: instant(e.nominationsCloseAt),
      judgingOpenAt: instant(e.judgingOpenAt),
      judgingCloseAt: instant(e.judgingCloseAt),
      announcementAt: instant(e.announcementAt),
      participatingStates: [...e.participatingStates].sort(compareStrings),
      finalizedAt: instant(e.finalizedAt),
      publishedAt: instant(e.publishedAt),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await ctx.m.insert(EditionEntity, edition);
  },
};
