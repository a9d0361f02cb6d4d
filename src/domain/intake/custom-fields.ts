/**
 * Custom nomination fields (docs/domain.md, "Custom fields"): what a definition may say, and the checks of the
 * values a nomination gives them. Pure: the services load the rows and turn the problems into errors.
 */

export const FIELD_TYPES = [
  'SHORT_TEXT',
  'LONG_TEXT',
  'NUMBER',
  'DATE',
  'CHOICE',
  'MULTI_CHOICE',
  'URL',
  'YES_NO',
  'FILE',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** The file types a FILE field may allow: those the attachment machinery accepts, decided by content. */
export const FIELD_FILE_TYPES = ['pdf', 'png', 'jpg'] as const;
export type FieldFileType = (typeof FIELD_FILE_TYPES)[number];

/** Default and largest lengths of text values. */
export const TEXT_LIMITS = { SHORT_TEXT: 300, LONG_TEXT: 20000 } as const;
export const MAX_FIELDS = 50;
export const MAX_OPTIONS = 50;
export const FIELD_KEY = /^[a-z][a-z0-9_]{0,63}$/;

export interface FieldOption {
  value: string;
  labelEs: string;
  labelEn: string;
}

/** A custom field's value: text (short, long, date YYYY-MM-DD, URL, choice), number, yes/no, choices. */
export type CustomFieldValue = string | number | boolean | string[];
export type CustomFieldValues = Record<string, CustomFieldValue>;

export interface FieldDefinition {
  key: string;
  type: FieldType;
  labelEs: string;
  labelEn: string;
  helpEs: string | null;
  helpEn: string | null;
  required: boolean;
  categories: string[];
  options: FieldOption[];
  min: number | null;
  max: number | null;
  maxLength: number | null;
  fileTypes: FieldFileType[];
  identifying: boolean;
}

/** A problem at a path with its message in both languages (without the "path: " prefix). */
export interface FieldRuleProblem {
  path: string;
  code: string;
  es: string;
  en: string;
}

/** The field applies to a nomination of `categoryKey` (no categories listed: to every nomination). */
export function fieldApplies(
  field: Pick<FieldDefinition, 'categories'>,
  categoryKey: string | null,
): boolean {
  return field.categories.length === 0 || (categoryKey !== null && field.categories.includes(categoryKey));
}

const isDate = (v: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

const isWebUrl = (v: string) => {
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
};

const blank = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

/** Problems of a track's list of definitions (paths `fields.<index>.<property>`), checked against its categories. */
export function definitionProblems(
  defs: readonly FieldDefinition[],
  categoryKeys: readonly string[],
): FieldRuleProblem[] {
  const problems: FieldRuleProblem[] = [];
  const add = (i: number, prop: string, code: string, es: string, en: string) =>
    problems.push({ path: `fields.${i}.${prop}`, code, es, en });
  if (defs.length > MAX_FIELDS) {
    problems.push({
      path: 'fields',
      code: 'TOO_MANY',
      es: `admite a lo más ${MAX_FIELDS} campos`,
      en: `allows at most ${MAX_FIELDS} fields`,
    });
  }
  const seen = new Set<string>();
  defs.forEach((d, i) => {
    if (!FIELD_KEY.test(d.key))
      add(
        i,
        'key',
        'KEY',
        'use minúsculas, dígitos y _ (empezando con letra, hasta 64)',
        'use lower-case letters, digits and _ (starting with a letter, up to 64)',
      );
    else if (seen.has(d.key)) add(i, 'key', 'DUPLICATE', 'la clave se repite', 'the key is repeated');
    seen.add(d.key);
    for (const c of d.categories)
      if (!categoryKeys.includes(c))
        add(
          i,
          'categories',
          'CATEGORY',
          `«${c}» no es una categoría de esta convocatoria`,
          `“${c}” is not a category of this track`,
        );
    const choice = d.type === 'CHOICE' || d.type === 'MULTI_CHOICE';
    if (choice) {
      if (d.options.length === 0)
        add(i, 'options', 'OPTIONS', 'indique al menos una opción', 'give at least one option');
      if (d.options.length > MAX_OPTIONS)
        add(i, 'options', 'OPTIONS', `a lo más ${MAX_OPTIONS} opciones`, `at most ${MAX_OPTIONS} options`);
      const values = new Set<string>();
      d.options.forEach((o, j) => {
        if (values.has(o.value))
          problems.push({
            path: `fields.${i}.options.${j}.value`,
            code: 'DUPLICATE',
            es: 'el valor se repite',
            en: 'the value is repeated',
          });
        values.add(o.value);
      });
    } else if (d.options.length > 0)
      add(i, 'options', 'NOT_APPLICABLE', 'solo para campos de opción', 'only for choice fields');
    if (d.type === 'NUMBER') {
      if (d.min !== null && d.max !== null && d.min > d.max)
        add(i, 'max', 'RANGE', 'debe ser mayor o igual que min', 'must be at least min');
    } else if (d.min !== null || d.max !== null)
      add(
        i,
        d.min !== null ? 'min' : 'max',
        'NOT_APPLICABLE',
        'solo para campos numéricos',
        'only for number fields',
      );
    if (d.type === 'SHORT_TEXT' || d.type === 'LONG_TEXT') {
      const limit = TEXT_LIMITS[d.type];
      if (d.maxLength !== null && (d.maxLength < 1 || d.maxLength > limit))
        add(i, 'maxLength', 'RANGE', `debe estar entre 1 y ${limit}`, `must be between 1 and ${limit}`);
    } else if (d.maxLength !== null)
      add(i, 'maxLength', 'NOT_APPLICABLE', 'solo para campos de texto', 'only for text fields');
    if (d.type === 'FILE') {
      if (d.fileTypes.length === 0)
        add(
          i,
          'fileTypes',
          'FILE_TYPES',
          'indique al menos un tipo de archivo',
          'give at least one file type',
        );
    } else if (d.fileTypes.length > 0)
      add(i, 'fileTypes', 'NOT_APPLICABLE', 'solo para campos de archivo', 'only for file fields');
  });
  return problems;
}

/**
 * Checks `given` (the values a save sends, by key; null or '' clears one) against the fields that apply to the
 * nomination's category, and returns the values to store: `current` with the given ones applied, blanks removed,
 * and values of fields that no longer apply (another category) dropped. Problems have paths `fields.<key>`.
 */
export function applyValues(
  defs: readonly FieldDefinition[],
  categoryKey: string | null,
  current: CustomFieldValues,
  given: Record<string, unknown> | undefined,
): { values: CustomFieldValues; problems: FieldRuleProblem[] } {
  const problems: FieldRuleProblem[] = [];
  const applicable = new Map(defs.filter((d) => fieldApplies(d, categoryKey)).map((d) => [d.key, d]));
  const values: CustomFieldValues = {};
  for (const [key, value] of Object.entries(current)) if (applicable.has(key)) values[key] = value;
  for (const [key, raw] of Object.entries(given ?? {})) {
    const path = `fields.${key}`;
    const add = (code: string, es: string, en: string) => problems.push({ path, code, es, en });
    const def = applicable.get(key);
    if (!def) {
      add(
        'UNKNOWN',
        'no es un campo de esta convocatoria o categoría',
        'is not a field of this track or category',
      );
      continue;
    }
    if (def.type === 'FILE') {
      add('FILE', 'se responde subiendo un archivo', 'is answered by uploading a file');
      continue;
    }
    if (blank(raw)) {
      delete values[key];
      continue;
    }
    const result = checkValue(def, raw);
    if ('problem' in result) add(result.problem.code, result.problem.es, result.problem.en);
    else values[key] = result.value;
  }
  return { values, problems };
}

function checkValue(
  def: FieldDefinition,
  raw: unknown,
): { value: CustomFieldValue } | { problem: Omit<FieldRuleProblem, 'path'> } {
  const bad = (code: string, es: string, en: string) => ({ problem: { code, es, en } });
  switch (def.type) {
    case 'SHORT_TEXT':
    case 'LONG_TEXT': {
      if (typeof raw !== 'string') return bad('TYPE', 'debe ser texto', 'must be text');
      const value = raw.trim();
      const limit = def.maxLength ?? TEXT_LIMITS[def.type];
      if ([...value].length > limit)
        return bad('TOO_LONG', `admite a lo más ${limit} caracteres`, `allows at most ${limit} characters`);
      return { value };
    }
    case 'NUMBER': {
      const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim().replace(',', '.')) : raw;
      if (typeof n !== 'number' || !Number.isFinite(n))
        return bad('TYPE', 'debe ser un número', 'must be a number');
      if ((def.min !== null && n < def.min) || (def.max !== null && n > def.max)) {
        const range = `${def.min ?? '−∞'}–${def.max ?? '∞'}`;
        return bad('RANGE', `debe estar entre ${range}`, `must lie within ${range}`);
      }
      return { value: n };
    }
    case 'DATE':
      if (typeof raw !== 'string' || !isDate(raw.trim()))
        return bad('DATE', 'debe ser una fecha AAAA-MM-DD', 'must be a date YYYY-MM-DD');
      return { value: raw.trim() };
    case 'URL':
      if (typeof raw !== 'string' || raw.length > 2000 || !isWebUrl(raw.trim()))
        return bad('URL', 'debe ser una dirección http(s) completa', 'must be a full http(s) address');
      return { value: raw.trim() };
    case 'YES_NO':
      if (typeof raw !== 'boolean')
        return bad('TYPE', 'debe ser sí o no (true/false)', 'must be yes or no (true/false)');
      return { value: raw };
    case 'CHOICE':
      if (typeof raw !== 'string' || !def.options.some((o) => o.value === raw))
        return bad('CHOICE', 'no es una de las opciones', 'is not one of the options');
      return { value: raw };
    case 'MULTI_CHOICE': {
      const list = typeof raw === 'string' ? [raw] : raw;
      if (
        !Array.isArray(list) ||
        !list.every((v) => typeof v === 'string' && def.options.some((o) => o.value === v))
      )
        return bad(
          'CHOICE',
          'incluye algo que no es una de las opciones',
          'includes something that is not one of the options',
        );
      // In the order of the options, each once.
      return { value: def.options.map((o) => o.value).filter((v) => list.includes(v)) };
    }
    case 'FILE':
      return bad('FILE', 'se responde subiendo un archivo', 'is answered by uploading a file');
  }
}

/** Required fields that apply and have no answer (files: no attachment for them), at submission. */
export function missingRequired(
  defs: readonly FieldDefinition[],
  categoryKey: string | null,
  values: CustomFieldValues,
  fileKeys: ReadonlySet<string>,
): FieldRuleProblem[] {
  return defs
    .filter((d) => d.required && fieldApplies(d, categoryKey))
    .filter((d) => (d.type === 'FILE' ? !fileKeys.has(d.key) : blank(values[d.key])))
    .map((d) => ({
      path: `fields.${d.key}`,
      code: 'REQUIRED',
      es: 'es obligatorio para enviar la postulación',
      en: 'is required to submit the nomination',
    }));
}

/** A value as text for exports and pages (choices by their label in `language`; yes/no as words). */
export function valueText(
  def: FieldDefinition,
  value: CustomFieldValue | undefined,
  language: 'es' | 'en',
): string {
  if (value === undefined || value === null) return '';
  const label = (v: string) => {
    const o = def.options.find((x) => x.value === v);
    return o ? (language === 'es' ? o.labelEs : o.labelEn) : v;
  };
  if (def.type === 'YES_NO') return value === true ? (language === 'es' ? 'Sí' : 'Yes') : 'No';
  if (def.type === 'CHOICE' && typeof value === 'string') return label(value);
  if (Array.isArray(value)) return value.map(label).join('; ');
  return String(value);
}
