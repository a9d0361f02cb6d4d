import {
  applyValues,
  definitionProblems,
  FieldDefinition,
  missingRequired,
  valueText,
} from './custom-fields';

const field = (over: Partial<FieldDefinition> & Pick<FieldDefinition, 'key' | 'type'>): FieldDefinition => ({
  labelEs: over.key,
  labelEn: over.key,
  helpEs: null,
  helpEn: null,
  required: false,
  categories: [],
  options: [],
  min: null,
  max: null,
  maxLength: null,
  fileTypes: [],
  identifying: false,
  ...over,
});

const OPTIONS = [
  { value: 'a', labelEs: 'Uno', labelEn: 'One' },
  { value: 'b', labelEs: 'Dos', labelEn: 'Two' },
];

describe('custom fields', () => {
  it('refuses settings of another type, unknown categories and repeated keys', () => {
    const problems = definitionProblems(
      [
        field({ key: 'n', type: 'SHORT_TEXT', min: 1 }),
        field({ key: 'n', type: 'FILE', categories: ['zz'] }),
        field({ key: 'c', type: 'CHOICE', options: [OPTIONS[0], OPTIONS[0]] }),
      ],
      ['x'],
    );
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'fields.0.min NOT_APPLICABLE',
      'fields.1.key DUPLICATE',
      'fields.1.categories CATEGORY',
      'fields.1.fileTypes FILE_TYPES',
      'fields.2.options.1.value DUPLICATE',
    ]);
  });

  it('keeps current values, applies given ones, clears blanks and drops fields of another category', () => {
    const defs = [
      field({ key: 'n', type: 'NUMBER', min: 0 }),
      field({ key: 'm', type: 'MULTI_CHOICE', options: OPTIONS }),
      field({ key: 'only', type: 'YES_NO', categories: ['x'] }),
    ];
    const result = applyValues(defs, 'y', { n: 1, only: true }, { n: '2,5', m: ['b', 'a'] });
    expect(result).toEqual({ values: { n: 2.5, m: ['a', 'b'] }, problems: [] });
    expect(applyValues(defs, 'y', { n: 1 }, { n: '' }).values).toEqual({});
    expect(applyValues(defs, 'y', {}, { only: true }).problems[0].code).toBe('UNKNOWN');
  });

  it('checks dates, URLs and lengths', () => {
    const defs = [
      field({ key: 'd', type: 'DATE' }),
      field({ key: 'u', type: 'URL' }),
      field({ key: 't', type: 'LONG_TEXT', maxLength: 3 }),
    ];
    const { problems } = applyValues(
      defs,
      null,
      {},
      { d: '2019-02-29', u: 'javascript:alert(1)', t: 'abcd' },
    );
    expect(problems.map((p) => p.code)).toEqual(['DATE', 'URL', 'TOO_LONG']);
    expect(applyValues(defs, null, {}, { d: '2020-02-29', t: 'ñé😀' }).problems).toEqual([]);
  });

  it('finds the required fields without an answer, files by their attachment', () => {
    const defs = [
      field({ key: 'r', type: 'SHORT_TEXT', required: true }),
      field({ key: 'f', type: 'FILE', required: true, fileTypes: ['pdf'] }),
      field({ key: 'other', type: 'SHORT_TEXT', required: true, categories: ['x'] }),
    ];
    expect(missingRequired(defs, null, {}, new Set()).map((p) => p.path)).toEqual(['fields.r', 'fields.f']);
    expect(missingRequired(defs, null, { r: 'ok' }, new Set(['f']))).toEqual([]);
  });

  it('shows choices by label in the language asked', () => {
    const def = field({ key: 'm', type: 'MULTI_CHOICE', options: OPTIONS });
    expect(valueText(def, ['a', 'b'], 'es')).toBe('Uno; Dos');
    expect(valueText(field({ key: 'y', type: 'YES_NO' }), true, 'en')).toBe('Yes');
  });
});
