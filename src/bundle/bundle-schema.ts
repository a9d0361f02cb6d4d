import { BUNDLE_FORMAT_VERSIONS_READ } from './format/bundle-format';
import { JsonSchema, SHARED_DEFS } from './format/schema-parts';
import { BUNDLE_SECTIONS } from './sections/registry';

export const BUNDLE_SCHEMA_ID = 'urn:reconocimientos:edition-bundle:v1';

/**
 * The JSON Schema (draft 2020-12) of the bundle, composed from the sections of the registry. It is what the
 * import validates against, and docs/bundle.schema.json is this document (`npm run cli -- bundle:schema`).
 */
export function buildBundleSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    formatVersion: { enum: [...BUNDLE_FORMAT_VERSIONS_READ] },
  };
  for (const section of BUNDLE_SECTIONS) properties[section.name] = section.schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: BUNDLE_SCHEMA_ID,
    title: 'Reconocimientos edition bundle',
    description:
      'One edition of the recognitions as one JSON document (format version 1): edition, tracks, institutions, ' +
      'users, nominations, panels, assignments, score sheets, overrides and seal. Identifiers are the bundle’s own ' +
      'keys; instants are ISO 8601. See docs/bundle.md.',
    type: 'object',
    required: Object.keys(properties),
    additionalProperties: false,
    properties,
    $defs: SHARED_DEFS,
  };
}
