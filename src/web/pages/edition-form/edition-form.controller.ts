import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { STATES } from '../../../catalog/states';
import { CreateEditionDto, UpdateEditionDto } from '../../../editions/dto/edition.dto';
import { EditionView } from '../../../editions/edition.presenter';
import { EditionsService } from '../../../editions/editions.service';
import { emptyForm, FormState, list, numberOrText, optional, text, toDto } from '../../form';
import { isoToLocalInput, localInputToIso } from '../../local-time';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { EDITION_FORM_PAGE, EDITION_INSTANTS, MEXICAN_TIME_ZONES } from './edition-form.view';

const editionUrl = (id: string) => `/organizacion/ediciones/${id}`;
const DEFAULT_TIME_ZONE = 'America/Mexico_City';

/** An edition's name, year, time zone, dates (local time) and participating states: create and edit. */
@ApiExcludeController()
@WebController()
export class EditionFormPageController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: EditionsService,
  ) {}

  @Get('organizacion/ediciones/nueva')
  @Authenticated(Permission.EDITION_MANAGE)
  newEdition(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const year = new Date().getUTCFullYear() + 1;
    return this.show(
      request,
      reply,
      null,
      emptyForm({ year: String(year), timezone: DEFAULT_TIME_ZONE, fourEyes: true, retentionMonths: '24' }),
    );
  }

  @Post('organizacion/ediciones')
  @Authenticated(Permission.EDITION_MANAGE)
  create(
    @Auth() actor: AuthUser,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = editionValues(body);
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        const dto = await toDto(CreateEditionDto, {
          ...editionPayload(values),
          ...(values.allowNoParticipatingStates ? { allowNoParticipatingStates: true } : {}),
        });
        const created = await this.editions.create(actor, dto);
        return { to: editionUrl(created.id), notice: 'editionCreated' };
      },
      again: (form, status) => this.show(request, reply, null, form, status),
    });
  }

  @Get('organizacion/ediciones/:id/editar')
  @Authenticated(Permission.EDITION_MANAGE)
  async edit(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const edition = await this.editions.get(actor, id);
    return this.show(request, reply, id, emptyForm(formValuesOf(edition)));
  }

  @Post('organizacion/ediciones/:id/editar')
  @Authenticated(Permission.EDITION_MANAGE)
  update(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = editionValues(body);
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        const done = await this.editions.update(
          actor,
          id,
          await toDto(UpdateEditionDto, editionPayload(values)),
        );
        return { to: editionUrl(id), notice: 'proposal' in done ? 'actionProposed' : 'saved' };
      },
      again: (form, status) => this.show(request, reply, id, form, status),
    });
  }

  private async show(
    request: FastifyRequest,
    reply: FastifyReply,
    editionId: string | null,
    form: FormState,
    status?: number,
  ) {
    const title = this.pages.translate(request, editionId ? 'editionForm.editTitle' : 'editionForm.newTitle');
    await this.pages.render(
      request,
      reply,
      EDITION_FORM_PAGE,
      {
        title,
        editionId,
        form,
        timeZones: MEXICAN_TIME_ZONES,
        instants: EDITION_INSTANTS,
        states: STATES,
        checked: new Set((form.values.participatingStates as string[] | undefined) ?? []),
      },
      { form, status },
    );
  }
}

type EditionValues = ReturnType<typeof editionValues>;

function editionValues(body: unknown) {
  return {
    name: text(body, 'name'),
    year: text(body, 'year'),
    timezone: text(body, 'timezone') || DEFAULT_TIME_ZONE,
    ...(Object.fromEntries(EDITION_INSTANTS.map((name) => [name, text(body, name)])) as Record<
      (typeof EDITION_INSTANTS)[number],
      string
    >),
    participatingStates: list(body, 'participatingStates'),
    allowNoParticipatingStates: optional(body, 'allowNoParticipatingStates') === '1',
    fourEyes: optional(body, 'fourEyes') === '1',
    retentionMonths: text(body, 'retentionMonths'),
  };
}

/** The API's body: the local dates read in the edition's own time zone, never as UTC. */
function editionPayload(values: EditionValues): Record<string, unknown> {
  return {
    name: values.name,
    year: numberOrText(values.year),
    timezone: values.timezone,
    ...Object.fromEntries(
      EDITION_INSTANTS.map((name) => [name, localInputToIso(values[name], values.timezone)]),
    ),
    participatingStates: values.participatingStates,
    fourEyes: values.fourEyes,
    ...(values.retentionMonths.trim() ? { retentionMonths: numberOrText(values.retentionMonths) } : {}),
  };
}

function formValuesOf(edition: EditionView): Record<string, unknown> {
  return {
    name: edition.name,
    year: String(edition.year),
    timezone: edition.timezone,
    ...Object.fromEntries(
      EDITION_INSTANTS.map((name) => [name, isoToLocalInput(edition[name], edition.timezone)]),
    ),
    participatingStates: edition.participatingStates,
    fourEyes: edition.fourEyes,
    retentionMonths: String(edition.retentionMonths),
  };
}
