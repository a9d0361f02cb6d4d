import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleBundle } from '../../test/support/bundle-fixture';
import { buildBundleSchema } from './bundle-schema';
import { BundleV1, SectionName } from './format/bundle-format';
import { BUNDLE_SECTIONS, EXPORT_ORDER } from './sections/registry';

const ALL_SECTIONS: SectionName[] = [
  'edition',
  'tracks',
  'institutions',
  'users',
  'nominations',
  'panels',
  'assignments',
  'scoreSheets',
  'overrides',
  'seal',
];

describe(buildBundleSchema.name, () => {
  const sut = buildBundleSchema;

  it('is what docs/bundle.schema.json holds (regenerate: npm run -s cli -- bundle:schema > docs/bundle.schema.json)', () => {
    const documented = JSON.parse(readFileSync(join(__dirname, '../../docs/bundle.schema.json'), 'utf8'));
    expect(documented).toEqual(sut());
  });

  it('compiles in strict mode and accepts a well-formed bundle', () => {
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(sut());
    expect(validate(sampleBundle())).toBe(true);
  });

  it('requires every section and formatVersion 1, and nothing else', () => {
    const schema = sut() as { required: string[]; additionalProperties: boolean };
    expect(schema.required.sort()).toEqual(['formatVersion', ...ALL_SECTIONS].sort());
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('section registry', () => {
  it('has each section of the format once, and exports them all', () => {
    expect(BUNDLE_SECTIONS.map((s) => s.name).sort()).toEqual([...ALL_SECTIONS].sort());
    expect([...EXPORT_ORDER].sort()).toEqual([...ALL_SECTIONS].sort());
  });

  it('imports every section after the sections it refers to', () => {
    const order = BUNDLE_SECTIONS.map((s) => s.name);
    const before = (a: SectionName, b: SectionName) =>
      expect(order.indexOf(a)).toBeLessThan(order.indexOf(b));
    before('edition', 'tracks');
    before('institutions', 'users');
    before('users', 'nominations');
    before('tracks', 'nominations');
    before('nominations', 'panels');
    before('panels', 'assignments');
    before('assignments', 'scoreSheets');
  });

  it('has no section left that refuses content (overrides and the seal are stored by the results module)', () => {
    const bundle: BundleV1 = sampleBundle();
    const refusing = BUNDLE_SECTIONS.filter((s) => s.refuses?.(bundle[s.name] as never)).map((s) => s.name);
    expect(refusing).toEqual([]);
  });
});
