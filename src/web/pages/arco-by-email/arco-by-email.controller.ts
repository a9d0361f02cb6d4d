import { Body, Get, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../../access/access.decorators';
import { Config } from '../../../config/config';
import { ArcoByEmailService } from '../../../privacy/arco-by-email.service';
import { ArcoKind } from '../../../database/schema/arco-request.entity';
import { ConfirmArcoRequestDto, FileArcoRequestByEmailDto } from '../../../privacy/dto/arco.dto';
import { emptyForm, FormState, text, toDto } from '../../form';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { ARCO_BY_EMAIL_PAGE, ARCO_CONFIRM_PAGE } from './arco-by-email.view';

const FORM = '/solicitudes-datos';

/**
 * ARCO requests without signing in (a nomination's contact person has no account): the form answers the same
 * whatever the address, and the request is filed when the link mailed to it is confirmed. Throttled per client.
 */
@ApiExcludeController()
@WebController()
export class ArcoByEmailPageController {
  constructor(
    private readonly pages: Pages,
    private readonly byEmail: ArcoByEmailService,
    private readonly config: Config,
  ) {}

  @Get('solicitudes-datos')
  @Public()
  show(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.render(request, reply, emptyForm({ kind: ArcoKind.ACCESS }));
  }

  @Post('solicitudes-datos')
  @Public()
  @UseGuards(ThrottlerGuard)
  file(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown) {
    const values = { email: text(body, 'email'), kind: text(body, 'kind'), details: text(body, 'details') };
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        await this.byEmail.file(await toDto(FileArcoRequestByEmailDto, values), this.pages.language(request));
        return { to: FORM, notice: 'arcoMailed' };
      },
      again: (form, status) => this.render(request, reply, form, status),
    });
  }

  /** The mailed link opens this page; confirming is a POST, so that a mail scanner following links files nothing. */
  @Get('solicitudes-datos/confirmar')
  @Public()
  confirmPage(
    @Query('token') token: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.renderConfirm(request, reply, token ?? '', emptyForm());
  }

  @Post('solicitudes-datos/confirmar')
  @Public()
  @UseGuards(ThrottlerGuard)
  confirm(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown) {
    const values = { token: text(body, 'token') };
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        await this.byEmail.confirm((await toDto(ConfirmArcoRequestDto, values)).token);
        return { to: FORM, notice: 'arcoConfirmed' };
      },
      again: (form, status) => this.renderConfirm(request, reply, values.token, form, status),
    });
  }

  private render(request: FastifyRequest, reply: FastifyReply, form: FormState, status?: number) {
    return this.pages.render(
      request,
      reply,
      ARCO_BY_EMAIL_PAGE,
      {
        title: this.pages.translate(request, 'arcoByEmail.title'),
        kinds: Object.values(ArcoKind),
        days: this.config.privacy.arcoDeadlineBusinessDays,
      },
      { form, status },
    );
  }

  private renderConfirm(
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    form: FormState,
    status?: number,
  ) {
    return this.pages.render(
      request,
      reply,
      ARCO_CONFIRM_PAGE,
      { title: this.pages.translate(request, 'arcoByEmail.confirmTitle'), token },
      { form, status },
    );
  }
}
