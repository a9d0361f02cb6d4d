import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { isStateCode } from '../../catalog/states';
import { NOMINATION_STATUSES } from '../../nominations/dto/nomination.dto';
import { AttachmentEntity } from '../../database/schema/attachment.entity';
import {
  NominationChannel,
  NominationEntity,
  PracticeDetails,
} from '../../database/schema/nomination.entity';
import { BundleAttachment, BundleNomination } from '../format/bundle-format';
import { arrayOf, integer, ref, strictObject, string, stringOrNull } from '../format/schema-parts';
import { chunks } from './export-context';
import { insertRows } from './import-context';
import { importClosedRounds } from './tracks.section';
import { BundleSection, byKeys, checkUnique, instant, iso } from './section';
import { isBlank } from '../../common/validation/visible-text';
import {
  applyValues,
  type CustomFieldValues,
  FIELD_KEY,
  fieldApplies,
  MAX_FIELDS,
  TEXT_LIMITS,
} from '../../domain/intake/custom-fields';

const PRACTICE_FIELDS = ['problem', 'population', 'startedOn', 'results'] as const;

const attachmentSchema = strictObject(
  {
    name: string(255, 1),
    mimeType: string(100, 1),
    size: integer(0, 2147483647),
    sha256: ref('sha256'),
    createdAt: ref('instant'),
    fieldKey: { type: 'string', pattern: FIELD_KEY.source },
  },
  ['fieldKey'],
);

/** A custom field's value: text, number, yes/no or a list of option values. */
const customValueSchema = {
  type: ['string', 'number', 'boolean', 'array'],
  maxLength: TEXT_LIMITS.LONG_TEXT,
  items: { type: 'string', maxLength: 64 },
  maxItems: 50,
};

/** The values with their keys in order (the bundle's arrays and objects are deterministic). */
function sortedValues(values: CustomFieldValues): CustomFieldValues {
  return Object.fromEntries(
    Object.keys(values)
      .sort()
      .map((k) => [k, values[k]]),
  );
}

/** The stored practice details, only the known fields, in a fixed order. */
function practiceDetails(stored: PracticeDetails | null | undefined): PracticeDetails {
  const out: PracticeDetails = {};
  for (const field of PRACTICE_FIELDS) {
    const value = stored?.[field];
    if (typeof value === 'string') out[field] = value;
  }
  return out;
}

function presentAttachment(a: AttachmentEntity): BundleAttachment {
  return {
    name: a.name,
    mimeType: a.mimeType,
    size: a.size,
    sha256: a.sha256,
    createdAt: a.createdAt.toISOString(),
    ...(a.fieldKey ? { fieldKey: a.fieldKey } : {}),
  };
}

/**
 * The edition's nominations by key, with their status history (submission receipt, eligibility decision,
 * extension, withdrawal) and attachments known by name, size and SHA-256 (the content is not in the bundle;
 * imported attachments have no stored file).
 */
export const nominationsSection: BundleSection<'nominations'> = {
  name: 'nominations',
  schema: arrayOf(
    strictObject(
      {
        key: ref('key'),
        trackCode: ref('trackCodeRef'),
        categoryKey: stringOrNull(64),
        nominatingInstitutionKey: ref('institutionKey'),
        nomineeInstitutionKey: ref('institutionKey'),
        stateCode: ref('stateCodeOrNull'),
        title: string(300, 1),
        summary: string(1500, 1),
        description: string(20000, 1),
        practiceDetails: strictObject(
          {
            problem: string(4000),
            population: string(2000),
            startedOn: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
            results: string(4000),
          },
          [...PRACTICE_FIELDS],
        ),
        evidenceUrls: arrayOf({ type: 'string', maxLength: 2000, pattern: '^https?://' }, 20),
        contactName: string(200, 1),
        contactEmail: ref('email'),
        contactPhone: stringOrNull(40),
        status: { type: 'string', enum: [...NOMINATION_STATUSES].sort() },
        eligibilityReason: stringOrNull(2000),
        channel: { type: 'string', enum: Object.values(NominationChannel).sort() },
        extendedUntil: ref('instantOrNull'),
        submittedAt: ref('instantOrNull'),
        receiptHash: ref('sha256OrNull'),
        withdrawnAt: ref('instantOrNull'),
        publicationConsent: { type: 'boolean' },
        roundReached: integer(2, 50),
        createdByEmail: ref('emailOrNull'),
        createdAt: ref('instant'),
        updatedAt: ref('instant'),
        attachments: arrayOf(attachmentSchema),
        customFields: {
          type: 'object',
          propertyNames: { pattern: FIELD_KEY.source },
          additionalProperties: customValueSchema,
          maxProperties: MAX_FIELDS,
        },
      },
      ['publicationConsent', 'roundReached', 'customFields'],
    ),
  ),

  async export(ctx): Promise<BundleNomination[]> {
    const nominations = await ctx.m.find(NominationEntity, { where: { editionId: ctx.edition.id } });
    for (const n of nominations) ctx.nominations.set(n.id, n);
    await ctx.referInstitutions(
      nominations.flatMap((n) => [n.nominatingInstitutionId, n.nomineeInstitutionId]),
    );
    await ctx.referUsers(nominations.map((n) => n.createdById));
    const attachments = new Map<string, AttachmentEntity[]>();
    for (const chunk of chunks(nominations.map((n) => n.id))) {
      for (const a of await ctx.m.find(AttachmentEntity, { where: { nominationId: In(chunk) } })) {
        attachments.set(a.nominationId, [...(attachments.get(a.nominationId) ?? []), a]);
      }
    }
    return nominations
      .map((n) => ({
        key: n.key,
        trackCode: ctx.trackCode(n.trackId),
        categoryKey: n.categoryKey,
        nominatingInstitutionKey: ctx.institutionKey(n.nominatingInstitutionId),
        nomineeInstitutionKey: ctx.institutionKey(n.nomineeInstitutionId),
        stateCode: n.stateCode,
        title: n.title,
        summary: n.summary,
        description: n.description,
        practiceDetails: practiceDetails(n.practiceDetails),
        evidenceUrls: [...n.evidenceUrls],
        contactName: n.contactName,
        contactEmail: n.contactEmail,
        contactPhone: n.contactPhone,
        status: n.status,
        eligibilityReason: n.eligibilityReason,
        channel: n.channel,
        extendedUntil: iso(n.extendedUntil),
        submittedAt: iso(n.submittedAt),
        receiptHash: n.receiptHash,
        withdrawnAt: iso(n.withdrawnAt),
        publicationConsent: n.publicationConsent,
        ...(n.roundReached > 1 ? { roundReached: n.roundReached } : {}),
        // Only when there are some: a bundle without custom fields is as it was before them.
        ...(n.customFields && Object.keys(n.customFields).length > 0
          ? { customFields: sortedValues(n.customFields) }
          : {}),
        createdByEmail: ctx.userEmailOrNull(n.createdById),
        createdAt: n.createdAt.toISOString(),
        updatedAt: n.updatedAt.toISOString(),
        attachments: (attachments.get(n.id) ?? []).map(presentAttachment).sort(
          byKeys(
            (a) => a.createdAt,
            (a) => a.name,
            (a) => a.sha256,
          ),
        ),
      }))
      .sort(byKeys((n) => n.key));
  },

  check({ bundle, index, problems }) {
    checkUnique(
      bundle.nominations,
      (n) => n.key,
      problems,
      (i) => ['nominations', i, 'key'],
    );
    bundle.nominations.forEach((n, i) => {
      const at = (field: string) => ['nominations', i, field];
      const track = index.tracks.get(n.trackCode);
      if (!track) {
        problems.add(
          at('trackCode'),
          'unknownReference',
          'no es una convocatoria del paquete',
          'is not a track of the bundle',
        );
      } else if (n.categoryKey !== null && !track.categories.some((c) => c.key === n.categoryKey)) {
        problems.add(
          at('categoryKey'),
          'unknownReference',
          `no es una categoría de la convocatoria ${n.trackCode}`,
          `is not a category of the track ${n.trackCode}`,
        );
      }
      for (const field of ['nominatingInstitutionKey', 'nomineeInstitutionKey'] as const) {
        if (!index.institutions.has(n[field])) {
          problems.add(
            at(field),
            'unknownReference',
            'no es una institución del paquete',
            'is not an institution of the bundle',
          );
        }
      }
      if (n.stateCode !== null && !isStateCode(n.stateCode)) {
        problems.add(
          at('stateCode'),
          'stateCode',
          'no es una clave INEGI de entidad',
          'is not an INEGI state code',
        );
      }
      if (track) {
        const definitions = track.fields ?? [];
        // The stored values must be what the definitions accept (the same checks as a save).
        const given = n.customFields ?? {};
        for (const p of applyValues(definitions, n.categoryKey, {}, given).problems) {
          problems.add(
            ['nominations', i, 'customFields', p.path.slice('fields.'.length)],
            p.code,
            p.es,
            p.en,
          );
        }
        n.attachments.forEach((a, j) => {
          if (a.fieldKey === undefined) return;
          const field = definitions.find((f) => f.key === a.fieldKey);
          if (!field || field.type !== 'FILE' || !fieldApplies(field, n.categoryKey)) {
            problems.add(
              ['nominations', i, 'attachments', j, 'fieldKey'],
              'unknownReference',
              'no es un campo de archivo de la convocatoria',
              'is not a file field of the track',
            );
          }
        });
      }
      if (n.createdByEmail !== null && !index.users.has(n.createdByEmail)) {
        problems.add(
          at('createdByEmail'),
          'unknownReference',
          'no es un usuario del paquete',
          'is not a user of the bundle',
        );
      }
      const submitted = n.status === 'SUBMITTED' || n.status === 'ELIGIBLE' || n.status === 'INELIGIBLE';
      if (submitted && n.submittedAt === null) {
        problems.add(
          at('submittedAt'),
          'required',
          `es obligatoria con el estado ${n.status}`,
          `is required with the status ${n.status}`,
        );
      }
      if (submitted && n.receiptHash === null) {
        problems.add(
          at('receiptHash'),
          'required',
          `es obligatorio con el estado ${n.status}`,
          `is required with the status ${n.status}`,
        );
      }
      if (n.status === 'INELIGIBLE' && isBlank(n.eligibilityReason)) {
        problems.add(
          at('eligibilityReason'),
          'required',
          'es obligatorio con el estado INELIGIBLE',
          'is required with the status INELIGIBLE',
        );
      }
      if (n.status === 'WITHDRAWN' && n.withdrawnAt === null) {
        problems.add(
          at('withdrawnAt'),
          'required',
          'es obligatoria con el estado WITHDRAWN',
          'is required with the status WITHDRAWN',
        );
      }
    });
  },

  async import(ctx) {
    const nominations: NominationEntity[] = [];
    const attachments: AttachmentEntity[] = [];
    for (const n of ctx.bundle.nominations) {
      const id = randomUUID();
      const nomination = ctx.m.create(NominationEntity, {
        id,
        key: n.key,
        editionId: ctx.editionId,
        trackId: ctx.rows.tracks.get(n.trackCode)!.id,
        categoryKey: n.categoryKey,
        nominatingInstitutionId: ctx.rows.institutions.get(n.nominatingInstitutionKey)!.id,
        nomineeInstitutionId: ctx.rows.institutions.get(n.nomineeInstitutionKey)!.id,
        stateCode: n.stateCode,
        title: n.title,
        summary: n.summary,
        description: n.description,
        practiceDetails: practiceDetails(n.practiceDetails),
        evidenceUrls: n.evidenceUrls,
        contactName: n.contactName,
        contactEmail: n.contactEmail,
        contactPhone: n.contactPhone,
        status: n.status,
        eligibilityReason: n.eligibilityReason,
        channel: n.channel,
        extendedUntil: instant(n.extendedUntil),
        submittedAt: instant(n.submittedAt),
        receiptHash: n.receiptHash,
        withdrawnAt: instant(n.withdrawnAt),
        // Bundles made before the catalogue carry no consent: none is assumed.
        publicationConsent: n.publicationConsent ?? false,
        roundReached: n.roundReached ?? 1,
        customFields: n.customFields ?? {},
        createdById: n.createdByEmail === null ? null : ctx.rows.users.get(n.createdByEmail)!.id,
        createdAt: instant(n.createdAt),
        updatedAt: instant(n.updatedAt),
      });
      nominations.push(nomination);
      ctx.rows.nominations.set(n.key, nomination);
      for (const a of n.attachments) {
        attachments.push(
          ctx.m.create(AttachmentEntity, {
            id: randomUUID(),
            nominationId: id,
            name: a.name,
            mimeType: a.mimeType,
            size: a.size,
            sha256: a.sha256,
            storageName: null,
            fieldKey: a.fieldKey ?? null,
            createdAt: instant(a.createdAt),
          }),
        );
      }
    }
    await insertRows(ctx, NominationEntity, nominations, 'nominations');
    await insertRows(ctx, AttachmentEntity, attachments, 'attachments');
    await importClosedRounds(ctx);
    ctx.counts.nominations = nominations.length;
    ctx.counts.attachments = attachments.length;
  },
};
