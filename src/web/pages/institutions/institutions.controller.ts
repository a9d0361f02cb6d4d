import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import {
  CreateInstitutionDto,
  InstitutionQueryDto,
  MergeInstitutionDto,
} from '../../../institutions/dto/institution.dto';
import { institutionsCan } from '../../../institutions/institution.policy';
import { InstitutionMergeService } from '../../../institutions/institution-merge.service';
import { InstitutionsService } from '../../../institutions/institutions.service';
import { emptyForm, FormState, optional, text, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { assertMergeConfirmed } from './merge-confirmation';
import {
  INSTITUTION_CHOICES,
  INSTITUTION_PAGE,
  InstitutionFilter,
  INSTITUTIONS_PAGE,
} from './institutions.view';

const LIST = '/organizacion/instituciones';

/** The institutions' console: search, create, edit, merge a duplicate into another. */
@ApiExcludeController()
@WebController()
export class InstitutionsPageController {
  constructor(
    private readonly pages: Pages,
    private readonly institutions: InstitutionsService,
    private readonly merger: InstitutionMergeService,
  ) {}

  @Get('organizacion/instituciones')
  @Authenticated(Permission.PROGRESS_READ)
  list(
    @Auth() actor: AuthUser,
    @Query() query: Record<string, string>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.showList(actor, request, reply, filterOf(query), emptyForm());
  }

  @Post('organizacion/instituciones')
  @Authenticated(Permission.INSTITUTION_MANAGE)
  create(
    @Auth() actor: AuthUser,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = institutionValues(body);
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        const created = await this.institutions.create(actor, await toDto(CreateInstitutionDto, values));
        return { to: `${LIST}/${created.id}`, notice: 'institutionCreated' };
      },
      again: (form, status) => this.showList(actor, request, reply, filterOf({}), form, status),
    });
  }

  @Get('organizacion/instituciones/:id')
  @Authenticated(Permission.PROGRESS_READ)
  show(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.showOne(actor, id, request, reply);
  }

  @Post('organizacion/instituciones/:id')
  @Authenticated(Permission.INSTITUTION_MANAGE)
  update(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = institutionValues(body);
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        await this.institutions.update(actor, id, await toDto(CreateInstitutionDto, values));
        return { to: `${LIST}/${id}`, notice: 'saved' };
      },
      again: (form, status) => this.showOne(actor, id, request, reply, { form }, status),
    });
  }

  @Post('organizacion/instituciones/:id/fusionar')
  @Authenticated(Permission.INSTITUTION_MANAGE)
  merge(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = { intoId: optional(body, 'intoId'), confirm: optional(body, 'confirm') };
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        assertMergeConfirmed(values.confirm);
        const result = await this.merger.merge(
          actor,
          id,
          await toDto(MergeInstitutionDto, { intoId: values.intoId }),
        );
        return { to: `${LIST}/${result.into.id}`, notice: 'institutionsMerged' };
      },
      again: (mergeForm, status) => this.showOne(actor, id, request, reply, { mergeForm }, status),
    });
  }

  private async showList(
    actor: AuthUser,
    request: FastifyRequest,
    reply: FastifyReply,
    filter: InstitutionFilter,
    form: FormState,
    status?: number,
  ) {
    const query = await toDto(InstitutionQueryDto, {
      q: filter.q || undefined,
      kind: filter.kind || undefined,
      level: filter.level || undefined,
      stateCode: filter.stateCode || undefined,
    }).catch(() => ({}));
    await this.pages.render(
      request,
      reply,
      INSTITUTIONS_PAGE,
      {
        title: this.pages.translate(request, 'institutions.title'),
        institutions: await this.institutions.list(actor, query),
        filter,
        choices: INSTITUTION_CHOICES,
        can: institutionsCan(actor),
        form,
      },
      { form, status },
    );
  }

  private async showOne(
    actor: AuthUser,
    id: string,
    request: FastifyRequest,
    reply: FastifyReply,
    forms: { form?: FormState; mergeForm?: FormState } = {},
    status?: number,
  ) {
    const institution = await this.institutions.get(actor, id);
    const all = await this.institutions.list(actor);
    await this.pages.render(
      request,
      reply,
      INSTITUTION_PAGE,
      {
        title: institution.name,
        institution,
        others: all.filter((i) => i.id !== id),
        choices: INSTITUTION_CHOICES,
        can: institutionsCan(actor),
        form: forms.form ?? emptyForm({ ...institution }),
        mergeForm: forms.mergeForm ?? emptyForm(),
      },
      { form: forms.form ?? emptyForm({ ...institution }), status },
    );
  }
}

function filterOf(query: Record<string, string | undefined>): InstitutionFilter {
  return {
    q: query.q ?? '',
    kind: query.tipo ?? '',
    level: query.nivel ?? '',
    stateCode: query.entidad ?? '',
  };
}

function institutionValues(body: unknown) {
  return {
    name: optional(body, 'name'),
    kind: optional(body, 'kind'),
    level: optional(body, 'level'),
    stateCode: text(body, 'stateCode') || undefined,
  };
}
