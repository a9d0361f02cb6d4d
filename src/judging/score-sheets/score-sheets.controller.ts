import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../../access/access.decorators';
import { AuthUser } from '../../access/auth-user';
import { Permission } from '../../access/permissions';
import { ApiRoute } from '../../access/api-route';
import { ProposedDto } from '../../governance/dto/proposal-response.dto';
import { ScoreSheetResponseDto } from '../dto/assignment-response.dto';
import { ReasonDto } from '../dto/assignment.dto';
import { ReviseScoreSheetDto, SaveScoreSheetDto, SubmitScoreSheetDto } from '../dto/score-sheet.dto';
import { ScoreSheetsService } from './score-sheets.service';

@ApiTags('judging')
@Controller('assignments/:id/score-sheet')
export class ScoreSheetsController {
  constructor(private readonly service: ScoreSheetsService) {}

  @ApiRoute({
    summary: 'Save the draft score sheet of an assignment',
    ok: ScoreSheetResponseDto,
    errors: [400, 404, 409],
  })
  @Put()
  @Authenticated(Permission.JUDGING)
  save(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SaveScoreSheetDto) {
    return this.service.save(actor, id, dto);
  }

  @ApiRoute({
    summary: 'Submit the score sheet (every criterion scored)',
    ok: ScoreSheetResponseDto,
    errors: [400, 404, 409],
  })
  @Post('submit')
  @Authenticated(Permission.JUDGING)
  @HttpCode(200)
  submit(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SubmitScoreSheetDto) {
    return this.service.submit(actor, id, dto);
  }

  @ApiRoute({
    summary: 'Revise a submitted score sheet once in the consensus step, with the reason',
    ok: ScoreSheetResponseDto,
    errors: [400, 404, 409],
  })
  @Post('revise')
  @Authenticated(Permission.JUDGING)
  @HttpCode(200)
  revise(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReviseScoreSheetDto) {
    return this.service.revise(actor, id, dto);
  }

  @ApiRoute({
    summary: 'Reopen a submitted score sheet, with the reason',
    description: 'On an edition under four eyes it answers a proposal instead.',
    oneOf: [ScoreSheetResponseDto, ProposedDto],
    errors: [400, 404, 409],
  })
  @Post('reopen')
  @Authenticated(Permission.SCORE_SHEET_REOPEN)
  @HttpCode(200)
  reopen(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto) {
    return this.service.reopen(actor, id, dto);
  }
}
