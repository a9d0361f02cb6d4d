import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { DomainException } from '../../../common/errors/domain-exception';
import { FIELD_FILE_TYPES, FIELD_TYPES } from '../../../domain/intake/custom-fields';
import { editionActions } from '../../../editions/edition.policy';
import { EditionsService } from '../../../editions/editions.service';
import { TrackEntity } from '../../../database/schema/track.entity';
import { TrackFieldsDto } from '../../../nominations/fields/track-fields.dto';
import { TrackFieldsService } from '../../../nominations/fields/track-fields.service';
import type { TrackFieldsView } from '../../../nominations/fields/track-fields.service';
import { emptyForm, FormState, list, numberOrText, text, toDto } from '../../form';
import { asText } from '../../fields';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { TRACK_FIELDS_PAGE } from './track-fields.view';

const fieldsUrl = (id: string) => `/organizacion/categorias/${id}/campos`;
const TEXT_PROPS = [
  'position',
  'key',
  'type',
  'labelEs',
  'labelEn',
  'helpEs',
  'helpEn',
  'categories',
  'options',
  'min',
  'max',
  'maxLength',
] as const;

type Values = Record<string, unknown>;

/** The stored fields as the form's values (`fields.<i>.<property>`). */
function valuesOf(view: TrackFieldsView): Values {
  const values: Values = {};
  view.fields.forEach((field, i) => {
    const p = `fields.${i}.`;
    values[`${p}position`] = String(i + 1);
    values[`${p}key`] = field.key;
    values[`${p}type`] = field.type;
    values[`${p}labelEs`] = field.labelEs;
    values[`${p}labelEn`] = field.labelEn;
    values[`${p}helpEs`] = field.helpEs ?? '';
    values[`${p}helpEn`] = field.helpEn ?? '';
    values[`${p}required`] = field.required;
    values[`${p}identifying`] = field.identifying;
    values[`${p}categories`] = field.categories.join(', ');
    values[`${p}options`] = field.options.map((o) => `${o.value} | ${o.labelEs} | ${o.labelEn}`).join('\n');
    values[`${p}min`] = field.min ?? '';
    values[`${p}max`] = field.max ?? '';
    values[`${p}maxLength`] = field.maxLength ?? '';
    values[`${p}fileTypes`] = field.fileTypes;
  });
  return values;
}

function rowsIn(values: Values): number {
  let rows = 0;
  for (const name of Object.keys(values)) {
    const m = /^fields\.(\d+)\./.exec(name);
    if (m) rows = Math.max(rows, Number(m[1]) + 1);
  }
  return rows;
}

/** The form's values as typed (rows up to 60: the most fields plus a few). */
function formValues(body: unknown): Values {
  const values: Values = {};
  for (let i = 0; i < 60; i++) {
    const p = `fields.${i}.`;
    if (text(body, `${p}type`) === '' && text(body, `${p}key`) === '') continue;
    for (const prop of TEXT_PROPS) values[p + prop] = text(body, p + prop);
    values[`${p}required`] = text(body, `${p}required`) === '1';
    values[`${p}identifying`] = text(body, `${p}identifying`) === '1';
    values[`${p}fileTypes`] = list(body, `${p}fileTypes`);
  }
  return values;
}

const blankRow = (values: Values, p: string) =>
  ['key', 'labelEs', 'labelEn'].every((prop) => asText(values[p + prop]).trim() === '');

/**
 * The API's payload from the rows (blank rows dropped, ordered by their "order" number, then as shown) and, for
 * each item of the payload, the row it came from (to put the API's problems back on the right row).
 */
function toPayload(values: Values): { payload: { fields: Values[] }; rowOf: number[] } {
  const rows: { row: number; order: number; field: Values }[] = [];
  for (let i = 0; i < rowsIn(values); i++) {
    const p = `fields.${i}.`;
    if (!(p + 'type' in values) || blankRow(values, p)) continue;
    const str = (prop: string) => asText(values[p + prop]).trim();
    const type = str('type');
    const choice = type === 'CHOICE' || type === 'MULTI_CHOICE';
    const field: Values = {
      key: str('key'),
      type,
      labelEs: str('labelEs'),
      labelEn: str('labelEn'),
      helpEs: str('helpEs') || null,
      helpEn: str('helpEn') || null,
      required: values[`${p}required`] === true,
      identifying: values[`${p}identifying`] === true,
      categories: str('categories')
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
      // Type-specific settings of another type are left out rather than refused: switching a field's type
      // should not require clearing boxes the form keeps showing.
      options: choice
        ? str('options')
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean)
            .map((line) => {
              const [value = '', labelEs = '', labelEn] = line.split('|').map((x) => x.trim());
              return { value, labelEs, labelEn: labelEn || labelEs };
            })
        : [],
      min: type === 'NUMBER' ? (numberOrText(str('min')) ?? null) : null,
      max: type === 'NUMBER' ? (numberOrText(str('max')) ?? null) : null,
      maxLength:
        type === 'SHORT_TEXT' || type === 'LONG_TEXT' ? (numberOrText(str('maxLength')) ?? null) : null,
      fileTypes: type === 'FILE' ? values[`${p}fileTypes`] : [],
    };
    const order = Number(str('position'));
    rows.push({ row: i, order: Number.isFinite(order) && str('position') !== '' ? order : i + 1, field });
  }
  rows.sort((a, b) => a.order - b.order || a.row - b.row);
  return { payload: { fields: rows.map((r) => r.field) }, rowOf: rows.map((r) => r.row) };
}

/** The error with its `fields.<n>` paths turned into the rows they came from. */
function onRows(error: unknown, rowOf: number[]): unknown {
  if (!(error instanceof DomainException) || error.problems.length === 0) return error;
  const remap = (s: string) =>
    s.replace(/^fields\.(\d+)/, (_m, n: string) => `fields.${rowOf[Number(n)] ?? n}`);
  return new DomainException(
    error.definition,
    error.params,
    error.problems.map((p) => ({
      field: remap(p.field),
      code: p.code,
      message: { es: remap(p.message.es), en: remap(p.message.en) },
    })),
  );
}

/** A track's custom nomination fields (docs/web.md): defined by the organisers until the first submission. */
@ApiExcludeController()
@WebController()
export class TrackFieldsPageController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: EditionsService,
    private readonly fields: TrackFieldsService,
  ) {}

  @Get('organizacion/categorias/:id/campos')
  @Authenticated(Permission.PROGRESS_READ)
  async show(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const track = await this.editions.getTrack(actor, id);
    const view = await this.fields.get(actor, id);
    return this.render(actor, track, view.frozen, request, reply, emptyForm(valuesOf(view)));
  }

  @Post('organizacion/categorias/:id/campos')
  @Authenticated(Permission.EDITION_MANAGE)
  async save(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const track = await this.editions.getTrack(actor, id);
    const values = formValues(body);
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        const { payload, rowOf } = toPayload(values);
        try {
          await this.fields.replace(actor, id, await toDto(TrackFieldsDto, payload));
        } catch (error) {
          throw onRows(error, rowOf);
        }
        return { to: fieldsUrl(id), notice: 'saved' };
      },
      again: async (form, status) => {
        const frozen = (await this.fields.get(actor, id)).frozen;
        return this.render(actor, track, frozen, request, reply, form, status);
      },
    });
  }

  private async render(
    actor: AuthUser,
    track: TrackEntity,
    frozen: boolean,
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    status?: number,
  ) {
    const edition = await this.editions.get(actor, track.editionId);
    const canEdit = editionActions(actor, edition).manage && !frozen;
    await this.pages.render(
      request,
      reply,
      TRACK_FIELDS_PAGE,
      {
        title: this.pages.translate(request, 'trackFields.title', { name: track.name }),
        track,
        edition,
        form,
        rows: rowsIn(form.values) + (canEdit ? 1 : 0),
        types: FIELD_TYPES,
        fileTypes: FIELD_FILE_TYPES,
        frozen,
        canEdit,
      },
      { form, status },
    );
  }
}
