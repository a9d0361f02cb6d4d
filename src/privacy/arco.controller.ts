import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Auth, Authenticated, NoStore, Public } from '../access/access.decorators';
import { ApiRoute } from '../access/api-route';
import { Language } from '../common/i18n/language';
import { RequestLanguage } from '../common/i18n/request-language';
import { ArcoByEmailService } from './arco-by-email.service';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { ArcoService } from './arco.service';
import {
  AnswerArcoRequestDto,
  ArcoQueryDto,
  ConfirmArcoRequestDto,
  FileArcoRequestByEmailDto,
  FileArcoRequestDto,
} from './dto/arco.dto';
import { ArcoConfirmationDto, ArcoRequestDto, MessageDto } from './dto/privacy-response.dto';

const FILED_BY_EMAIL = {
  es: 'Si la dirección es correcta, recibirá un enlace para confirmar la solicitud; se tramita a partir de esa confirmación.',
  en: 'If the address is right, a link to confirm the request is on its way; it is processed from that confirmation on.',
};

@ApiTags('personal data')
@Controller('arco-requests')
export class ArcoController {
  constructor(
    private readonly service: ArcoService,
    private readonly byEmail: ArcoByEmailService,
  ) {}

  @ApiRoute({
    summary: 'File a request of access, rectification, cancellation or opposition',
    ok: ArcoRequestDto,
    errors: [400, 409],
  })
  @Post()
  @Authenticated()
  file(@Auth() actor: AuthUser, @Body() dto: FileArcoRequestDto) {
    return this.service.file(actor, dto);
  }

  @ApiRoute({
    summary:
      'File a request without signing in; a link mailed to the address confirms it (same answer for any address)',
    ok: MessageDto,
    errors: [400, 429],
  })
  @Post('by-email')
  @Public()
  @HttpCode(202)
  @UseGuards(ThrottlerGuard)
  async fileByEmail(@Body() dto: FileArcoRequestByEmailDto, @RequestLanguage() language: Language) {
    await this.byEmail.file(dto, language);
    return { message: FILED_BY_EMAIL[language] };
  }

  @ApiRoute({
    summary: 'Confirm a request filed by e-mail with the token of the mailed link',
    ok: ArcoConfirmationDto,
    errors: [400, 429],
  })
  @Post('confirm')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  confirm(@Body() dto: ConfirmArcoRequestDto) {
    return this.byEmail.confirm(dto.token);
  }

  @ApiRoute({
    summary: 'ARCO requests: every one for organisers (open first, by due date), one’s own otherwise',
    ok: [ArcoRequestDto],
    errors: [400],
  })
  @Get()
  @Authenticated()
  @NoStore()
  list(@Auth() actor: AuthUser, @Query() query: ArcoQueryDto) {
    return this.service.list(actor, query.status);
  }

  @ApiRoute({
    summary: 'Answer an ARCO request (organisers)',
    ok: ArcoRequestDto,
    errors: [400, 404, 409, 422],
  })
  @Post(':id/answer')
  @Authenticated(Permission.USER_MANAGE)
  @HttpCode(200)
  answer(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AnswerArcoRequestDto) {
    return this.service.answer(actor, id, dto);
  }
}
