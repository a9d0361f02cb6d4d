import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { UpdateTrackDto } from '../../../editions/dto/track.dto';
import { editionActions } from '../../../editions/edition.policy';
import { EditionsService } from '../../../editions/editions.service';
import { Aggregation, TrackEntity } from '../../../database/schema/track.entity';
import { emptyForm, FormState, numberOrText, text, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { TRACK_SETTINGS_PAGE } from './track-settings.view';

const settingsUrl = (id: string) => `/organizacion/categorias/${id}/configuracion`;
const CRITERION_FIELDS = ['key', 'name', 'description', 'weight', 'min', 'max', 'guidance'] as const;
const SCORING_FIELDS = ['minReviews', 'aggregation', 'places', 'honourableMentions', 'threshold'] as const;

/** A track's settings, categories and rubric, with the API's validation; read-only parts after the freeze. */
@ApiExcludeController()
@WebController()
export class TrackSettingsPageController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: EditionsService,
  ) {}

  @Get('organizacion/categorias/:id/configuracion')
  @Authenticated(Permission.PROGRESS_READ)
  async show(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const track = await this.editions.getTrack(actor, id);
    return this.render(actor, track, request, reply, emptyForm(valuesOf(track)));
  }

  @Post('organizacion/categorias/:id/configuracion')
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
        const payload = toPayload(values, !track.frozenAt);
        const done = await this.editions.updateTrack(actor, id, await toDto(UpdateTrackDto, payload));
        return { to: settingsUrl(id), notice: 'proposal' in done ? 'actionProposed' : 'saved' };
      },
      again: (form, status) => this.render(actor, track, request, reply, form, status),
    });
  }

  private async render(
    actor: AuthUser,
    track: TrackEntity,
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    status?: number,
  ) {
    const edition = await this.editions.get(actor, track.editionId);
    const can = editionActions(actor, edition);
    await this.pages.render(
      request,
      reply,
      TRACK_SETTINGS_PAGE,
      {
        title: this.pages.translate(request, 'trackSettings.title', { name: track.name }),
        track,
        edition,
        form,
        rubricRows: rowsIn(form.values) + 1,
        aggregations: Object.values(Aggregation),
        can: { edit: can.manage, editScoring: can.manage && !track.frozenAt },
      },
      // The rubric's live checks, only while it can still be edited.
      { form, status, scripts: !track.frozenAt && can.manage ? ['rubric.js'] : [] },
    );
  }
}

type Values = Record<string, unknown>;

/** How many rubric rows the values hold (`rubric.<i>.<field>`). */
function rowsIn(values: Values): number {
  let rows = 0;
  for (const name of Object.keys(values)) {
    const m = /^rubric\.(\d+)\./.exec(name);
    if (m) rows = Math.max(rows, Number(m[1]) + 1);
  }
  return rows;
}

function valuesOf(track: TrackEntity): Values {
  const values: Values = {
    name: track.name,
    judgesPerNomination: String(track.judgesPerNomination),
    blind: track.blind,
    deliberation: track.deliberation,
    deliberationNames: track.deliberationNames,
    categories: track.categories.map((c) => `${c.key} | ${c.name}`).join('\n'),
    minReviews: String(track.minReviews),
    aggregation: track.aggregation,
    places: String(track.places),
    honourableMentions: String(track.honourableMentions),
    threshold: String(track.threshold),
  };
  track.rubric.forEach((c, i) => {
    values[`rubric.${i}.key`] = c.key;
    values[`rubric.${i}.name`] = c.name;
    values[`rubric.${i}.description`] = c.description;
    values[`rubric.${i}.weight`] = String(c.weight);
    values[`rubric.${i}.min`] = String(c.min);
    values[`rubric.${i}.max`] = String(c.max);
    values[`rubric.${i}.guidance`] = c.guidance.map((g) => `${g.score} | ${g.text}`).join('\n');
  });
  return values;
}

/**
 * The form as typed, with blank rubric rows dropped and the rest numbered again, so that a problem the API
 * names (`rubric.2.weight`) is shown next to the field the person sees.
 */
function formValues(body: unknown): Values {
  const values: Values = {
    name: text(body, 'name'),
    judgesPerNomination: text(body, 'judgesPerNomination'),
    blind: text(body, 'blind') === '1',
    deliberation: text(body, 'deliberation') === '1',
    deliberationNames: text(body, 'deliberationNames') === '1',
    categories: text(body, 'categories'),
  };
  for (const field of SCORING_FIELDS) values[field] = text(body, field);
  const rows = rowsIn(body as Values);
  let kept = 0;
  for (let i = 0; i < rows; i++) {
    const row = Object.fromEntries(CRITERION_FIELDS.map((f) => [f, text(body, `rubric.${i}.${f}`)]));
    if (!row.key.trim() && !row.name.trim()) continue;
    for (const f of CRITERION_FIELDS) values[`rubric.${kept}.${f}`] = row[f];
    kept++;
  }
  return values;
}

/** `a | b` lines, blank ones dropped. */
function pairs(raw: unknown): [string, string][] {
  return (typeof raw === 'string' ? raw : '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf('|');
      return at < 0 ? [line, ''] : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    });
}

/** The API's body; the scoring settings and the rubric only while they are not frozen. */
function toPayload(values: Values, scoring: boolean): Values {
  const payload: Values = {
    name: values.name,
    judgesPerNomination: numberOrText(String(values.judgesPerNomination)),
    blind: values.blind,
    deliberation: values.deliberation,
    deliberationNames: values.deliberationNames,
    categories: pairs(values.categories).map(([key, name]) => ({ key, name: name || key })),
  };
  if (!scoring) return payload;
  for (const field of SCORING_FIELDS) {
    payload[field] = field === 'aggregation' ? values[field] : numberOrText(String(values[field]));
  }
  payload.rubric = Array.from({ length: rowsIn(values) }, (_, i) => ({
    key: String(values[`rubric.${i}.key`]).trim(),
    name: values[`rubric.${i}.name`],
    description: values[`rubric.${i}.description`],
    weight: numberOrText(String(values[`rubric.${i}.weight`])),
    min: numberOrText(String(values[`rubric.${i}.min`])),
    max: numberOrText(String(values[`rubric.${i}.max`])),
    guidance: pairs(values[`rubric.${i}.guidance`]).map(([score, text]) => ({
      score: numberOrText(score),
      text,
    })),
  }));
  return payload;
}
