import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { Config } from '../../../config/config';
import { ArcoKind } from '../../../database/schema/arco-request.entity';
import { ArcoService } from '../../../privacy/arco.service';
import { AnswerArcoRequestDto, FileArcoRequestDto } from '../../../privacy/dto/arco.dto';
import { emptyForm, FormState, text, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { ARCO_QUEUE_PAGE, MY_ARCO_PAGE } from './arco.view';

const MINE = '/cuenta/solicitudes';
const QUEUE = '/organizacion/solicitudes-datos';

/** ARCO requests: a person files and follows theirs; organisers answer the queue within the legal term. */
@ApiExcludeController()
@WebController()
export class ArcoPageController {
  constructor(
    private readonly pages: Pages,
    private readonly arco: ArcoService,
    private readonly config: Config,
  ) {}

  @Get('cuenta/solicitudes')
  @Authenticated()
  mine(@Auth() actor: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.showMine(actor, request, reply, emptyForm({ kind: ArcoKind.ACCESS }));
  }

  @Post('cuenta/solicitudes')
  @Authenticated()
  file(
    @Auth() actor: AuthUser,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = { kind: text(body, 'kind'), details: text(body, 'details') };
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        await this.arco.file(actor, await toDto(FileArcoRequestDto, values));
        return { to: MINE, notice: 'arcoFiled' };
      },
      again: (form, status) => this.showMine(actor, request, reply, form, status),
    });
  }

  @Get('organizacion/solicitudes-datos')
  @Authenticated(Permission.USER_MANAGE)
  queue(@Auth() actor: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.showQueue(actor, request, reply, null);
  }

  @Post('organizacion/solicitudes-datos/:id/responder')
  @Authenticated(Permission.USER_MANAGE)
  answer(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = {
      answer: text(body, 'answer'),
      carryOut: text(body, 'carryOut'),
      name: text(body, 'name'),
      email: text(body, 'email'),
    };
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        const rectification = {
          ...(values.name.trim() ? { name: values.name } : {}),
          ...(values.email.trim() ? { email: values.email } : {}),
        };
        const dto = await toDto(AnswerArcoRequestDto, {
          answer: values.answer,
          ...(values.carryOut === '1' ? { carryOut: true } : {}),
          ...(Object.keys(rectification).length ? { rectification } : {}),
        });
        await this.arco.answer(actor, id, dto);
        return { to: QUEUE, notice: 'arcoAnswered' };
      },
      again: (form, status) => this.showQueue(actor, request, reply, { id, form }, status),
    });
  }

  private async showMine(
    actor: AuthUser,
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    status?: number,
  ) {
    await this.pages.render(
      request,
      reply,
      MY_ARCO_PAGE,
      {
        title: this.pages.translate(request, 'arco.mineTitle'),
        requests: await this.arco.list(actor),
        kinds: Object.values(ArcoKind),
        days: this.config.privacy.arcoDeadlineBusinessDays,
      },
      { form, status },
    );
  }

  private async showQueue(
    actor: AuthUser,
    request: FastifyRequest,
    reply: FastifyReply,
    failed: { id: string; form: FormState } | null,
    status?: number,
  ) {
    await this.pages.render(
      request,
      reply,
      ARCO_QUEUE_PAGE,
      {
        title: this.pages.translate(request, 'arco.queueTitle'),
        requests: await this.arco.list(actor),
        days: this.config.privacy.arcoDeadlineBusinessDays,
        failed,
      },
      { status },
    );
  }
}
