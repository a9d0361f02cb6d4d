import { FormState } from './form';

/** HTML-escapes text for element content and double-quoted attributes. */
export function esc(value: unknown): string {
  return asText(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A value as text: strings and numbers as they are, null and undefined as '', anything else as JSON. */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export type Attrs = Record<string, string | number | boolean | null | undefined>;

function attrs(map: Attrs): string {
  return Object.entries(map)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(v)}"`))
    .join('');
}

export interface FieldSpec {
  name: string;
  /** Defaults to the translation of `fields.<name>`. */
  label?: string;
  value?: unknown;
  hint?: string;
  required?: boolean;
  /** Extra attributes of the control (autocomplete, min, max, step, maxlength…). */
  attrs?: Attrs;
  /** Wrapper class, e.g. 'field--short'. */
  className?: string;
}

export interface Option {
  value: string;
  label: string;
}

/**
 * Accessible form controls: a visible label tied to its control, the hint and the error message tied with
 * aria-describedby, aria-invalid on a control with a problem, the API's field names as control names so that
 * its field problems land next to the right control.
 */
export class Fields {
  constructor(
    readonly form: FormState,
    private readonly t: (key: string, params?: Record<string, unknown>) => string,
    private readonly has: (key: string) => boolean,
  ) {}

  id(name: string): string {
    return `f-${name.replace(/[^\w-]/g, '-')}`;
  }

  label(name: string): string {
    const key = `fields.${name}`;
    if (this.has(key)) return this.t(key);
    const generic = `fields.${name.replace(/\.\d+(?=\.|$)/g, '')}`;
    return this.has(generic) ? this.t(generic) : name;
  }

  errorsOf(name: string): string[] {
    return this.form.errors[name] ?? [];
  }

  private valueOf(spec: FieldSpec): string {
    const value = spec.value !== undefined ? spec.value : this.form.values[spec.name];
    if (Array.isArray(value)) return value.join('\n');
    return asText(value);
  }

  private frame(
    spec: FieldSpec,
    control: (describedBy: string | undefined, invalid: boolean) => string,
  ): string {
    const id = this.id(spec.name);
    const errors = this.errorsOf(spec.name);
    const described = [spec.hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null]
      .filter(Boolean)
      .join(' ');
    const required = spec.required ? ` <span class="required">(${esc(this.t('form.required'))})</span>` : '';
    return [
      `<div class="field${errors.length ? ' field--error' : ''}${spec.className ? ` ${esc(spec.className)}` : ''}">`,
      `<label for="${id}">${esc(spec.label ?? this.label(spec.name))}${required}</label>`,
      spec.hint ? `<p class="hint" id="${id}-hint">${esc(spec.hint)}</p>` : '',
      errors.length
        ? `<p class="error-message" id="${id}-error"><span class="visually-hidden">${esc(this.t('form.errorPrefix'))}</span> ${errors.map(esc).join(' ')}</p>`
        : '',
      control(described || undefined, errors.length > 0),
      `</div>`,
    ].join('');
  }

  input(spec: FieldSpec & { type?: string }): string {
    return this.frame(
      spec,
      (describedBy, invalid) =>
        `<input${attrs({
          id: this.id(spec.name),
          name: spec.name,
          type: spec.type ?? 'text',
          value: spec.type === 'password' ? undefined : this.valueOf(spec),
          required: spec.required,
          'aria-describedby': describedBy,
          'aria-invalid': invalid ? 'true' : undefined,
          ...spec.attrs,
        })}>`,
    );
  }

  textarea(spec: FieldSpec & { rows?: number }): string {
    return this.frame(
      spec,
      (describedBy, invalid) =>
        `<textarea${attrs({
          id: this.id(spec.name),
          name: spec.name,
          rows: spec.rows ?? 5,
          required: spec.required,
          'aria-describedby': describedBy,
          'aria-invalid': invalid ? 'true' : undefined,
          ...spec.attrs,
        })}>${esc(this.valueOf(spec))}</textarea>`,
    );
  }

  select(spec: FieldSpec & { options: Option[]; placeholder?: string }): string {
    const current = this.valueOf(spec);
    const options = [
      spec.placeholder !== undefined ? `<option value="">${esc(spec.placeholder)}</option>` : '',
      ...spec.options.map(
        (o) =>
          `<option value="${esc(o.value)}"${o.value === current ? ' selected' : ''}>${esc(o.label)}</option>`,
      ),
    ].join('');
    return this.frame(
      spec,
      (describedBy, invalid) =>
        `<select${attrs({
          id: this.id(spec.name),
          name: spec.name,
          required: spec.required,
          'aria-describedby': describedBy,
          'aria-invalid': invalid ? 'true' : undefined,
          ...spec.attrs,
        })}>${options}</select>`,
    );
  }

  /** Radio buttons in a fieldset whose legend is the label. */
  radios(spec: FieldSpec & { options: Option[] }): string {
    const id = this.id(spec.name);
    const errors = this.errorsOf(spec.name);
    const current = this.valueOf(spec);
    return [
      `<fieldset class="field radios${errors.length ? ' field--error' : ''}"${errors.length ? ` aria-describedby="${id}-error"` : ''}>`,
      `<legend>${esc(spec.label ?? this.label(spec.name))}</legend>`,
      errors.length ? `<p class="error-message" id="${id}-error">${errors.map(esc).join(' ')}</p>` : '',
      ...spec.options.map(
        (o, i) =>
          `<div class="radio"><input type="radio" id="${id}-${i}" name="${esc(spec.name)}" value="${esc(o.value)}"${
            o.value === current ? ' checked' : ''
          }${spec.required ? ' required' : ''}><label for="${id}-${i}">${esc(o.label)}</label></div>`,
      ),
      `</fieldset>`,
    ].join('');
  }

  /** The problems of the form, on top, each linking to its control (`labels` names fields without a message). */
  summary(labels: Record<string, string> = {}): string {
    if (!this.form.message && this.form.summary.length === 0) return '';
    const items = this.form.summary
      .map(
        (p) =>
          `<li><a href="#${this.id(p.field)}">${esc(labels[p.field] ?? this.label(p.field))}</a>: ${esc(p.message)}</li>`,
      )
      .join('');
    return [
      `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">`,
      `<h2 id="error-summary-title">${esc(this.t('form.problems'))}</h2>`,
      this.form.message ? `<p>${esc(this.form.message)}</p>` : '',
      items ? `<ul>${items}</ul>` : '',
      `</div>`,
    ].join('');
  }
}
