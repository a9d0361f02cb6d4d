import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { buildBundleSchema } from './bundle-schema';
import { BUNDLE_FORMAT_VERSIONS_READ, BundleV1 } from './format/bundle-format';
import { ProblemList } from './format/problems';
import { addSchemaError } from './format/schema-problems';
import { BundleIndex } from './sections/bundle-index';
import { BUNDLE_SECTIONS } from './sections/registry';

/**
 * The outcome of checking a bundle before anything is stored:
 * - `VERSION`: a formatVersion this code does not read;
 * - `STRUCTURE`: JSON Schema violations (every one, with its path);
 * - `REFUSED`: sections with content this version cannot store;
 * - `REFERENCES`: what the schema cannot see (duplicate keys, references between sections, score ranges…).
 */
export type BundleValidation =
  | { ok: true; bundle: BundleV1 }
  | { ok: false; reason: 'VERSION'; version: unknown }
  | { ok: false; reason: 'STRUCTURE' | 'REFERENCES'; problems: ProblemList }
  | { ok: false; reason: 'REFUSED'; sections: string[] };

let compiled: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true });
    addFormats(ajv, ['date-time']);
    compiled = ajv.compile(buildBundleSchema());
  }
  return compiled;
}

export function validateBundle(input: unknown): BundleValidation {
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const version = (input as { formatVersion?: unknown }).formatVersion;
    if (version !== undefined && !BUNDLE_FORMAT_VERSIONS_READ.includes(version as number))
      return { ok: false, reason: 'VERSION', version };
  }

  const validate = schemaValidator();
  if (!validate(input)) {
    const problems = new ProblemList();
    for (const error of validate.errors ?? []) addSchemaError(problems, error);
    return { ok: false, reason: 'STRUCTURE', problems };
  }
  const bundle = input as BundleV1;

  const refused = BUNDLE_SECTIONS.filter((s) => s.refuses?.(bundle[s.name] as never)).map((s) => s.name);
  if (refused.length > 0) return { ok: false, reason: 'REFUSED', sections: refused };

  const problems = new ProblemList();
  const index = new BundleIndex(bundle);
  for (const section of BUNDLE_SECTIONS) section.check({ bundle, index, problems });
  if (!problems.empty) return { ok: false, reason: 'REFERENCES', problems };
  return { ok: true, bundle };
}
