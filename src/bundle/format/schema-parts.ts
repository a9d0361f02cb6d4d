import { TrackCode } from '../../database/schema/track.entity';

/** A JSON Schema (draft 2020-12) fragment. */
export type JsonSchema = Record<string, unknown>;

export const STATE_CODE_PATTERN = '^(0[1-9]|[12][0-9]|3[0-2])$';

/** Definitions every section may reference as `{ $ref: '#/$defs/<name>' }`. */
export const SHARED_DEFS = {
  instant: {
    description: 'An ISO 8601 instant with its offset, e.g. 2018-04-13T15:00:00.000Z',
    type: 'string',
    format: 'date-time',
  },
  instantOrNull: { type: ['string', 'null'], format: 'date-time' },
  key: {
    description: 'A bundle key: letters, digits, _ . -',
    type: 'string',
    pattern: '^[A-Za-z0-9_.-]{1,80}$',
  },
  stateCode: { description: 'INEGI state code (CVE_ENT)', type: 'string', pattern: STATE_CODE_PATTERN },
  stateCodeOrNull: { type: ['string', 'null'], pattern: STATE_CODE_PATTERN },
  email: {
    description: "An e-mail address (a user's key)",
    type: 'string',
    minLength: 3,
    maxLength: 254,
    pattern: '^[^\\s@]+@[^\\s@]+$',
  },
  emailOrNull: { type: ['string', 'null'], minLength: 3, maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$' },
  institutionKey: {
    description: 'An institution natural key: folded name, "|", state code (empty for none)',
    type: 'string',
    minLength: 2,
    maxLength: 320,
  },
  trackCode: { description: 'A track code', type: 'string', enum: Object.values(TrackCode).sort() },
  trackCodeRef: {
    description: 'A reference to the code of one of the bundle’s tracks',
    type: 'string',
    pattern: '^[A-Z][A-Z0-9_]{0,31}$',
  },
  keyRef: {
    description: 'A reference to the key of one of the bundle’s nominations',
    type: 'string',
    pattern: '^[A-Za-z0-9_.-]{1,80}$',
  },
  sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
  sha256OrNull: { type: ['string', 'null'], pattern: '^[0-9a-f]{64}$' },
  institutionKeyOrNull: { type: ['string', 'null'], minLength: 2, maxLength: 320 },
} satisfies Record<string, JsonSchema>;

export const ref = (name: keyof typeof SHARED_DEFS): JsonSchema => ({ $ref: `#/$defs/${name}` });

/** An object schema with every listed property required and nothing else allowed. */
export function strictObject(properties: Record<string, JsonSchema>, optional: string[] = []): JsonSchema {
  return {
    type: 'object',
    required: Object.keys(properties).filter((p) => !optional.includes(p)),
    additionalProperties: false,
    properties,
  };
}

export const string = (maxLength: number, minLength = 0): JsonSchema => ({
  type: 'string',
  ...(minLength > 0 ? { minLength } : {}),
  maxLength,
});

export const stringOrNull = (maxLength: number): JsonSchema => ({ type: ['string', 'null'], maxLength });

export const integer = (minimum: number, maximum: number): JsonSchema => ({
  type: 'integer',
  minimum,
  maximum,
});

export const arrayOf = (items: JsonSchema, maxItems?: number): JsonSchema => ({
  type: 'array',
  items,
  ...(maxItems !== undefined ? { maxItems } : {}),
});
