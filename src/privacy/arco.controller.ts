import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated, NoStore } from '../auth/access.decorators';
import { AuthUser } from '../auth/auth-user';
import { Permission } from '../auth/permissions';
import { ArcoService } from './arco.service';
import { AnswerArcoRequestDto, ArcoQueryDto, FileArcoRequestDto } from './dto/arco.dto';

@ApiTags('personal data')
@Controller('arco-requests')
export class ArcoController {
  constructor(private readonly service: ArcoService) {}

  @Post()
  @Authenticated()
  @ApiOperation({ summary: 'File a request of access, rectification, cancellation or opposition' })
  file(@Auth() auth: AuthUser, @Body() dto: FileArcoRequestDto) {
    return this.service.file(auth, dto);
  }

  @Get()
  @Authenticated()
  @NoStore()
  @ApiOperation({
    summary: 'ARCO requests: every one for organisers (open first, by due date), one’s own otherwise',
  })
  list(@Auth() auth: AuthUser, @Query() query: ArcoQueryDto) {
    return this.service.list(auth, query.status);
  }

  @Post(':id/answer')
  @Authenticated(Permission.USER_MANAGE)
  @HttpCode(200)
  @ApiOperation({ summary: 'Answer an ARCO request (organisers)' })
  answer(@Auth() auth: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AnswerArcoRequestDto) {
    return this.service.answer(auth, id, dto);
  }
}
