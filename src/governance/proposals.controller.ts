import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { ApiRoute } from '../access/api-route';
import { ConfirmedProposalDto, ProposalDto } from './dto/proposal-response.dto';
import { ProposalQueryDto, RejectProposalDto } from './dto/proposal.dto';
import { ProposalsService } from './proposals.service';

@ApiTags('governance')
@Controller()
export class ProposalsController {
  constructor(private readonly service: ProposalsService) {}

  @ApiRoute({
    summary: 'Four-eyes proposals of an edition (overrides, the seal), newest first',
    ok: [ProposalDto],
    errors: [400],
  })
  @Get('editions/:id/proposals')
  @Authenticated(Permission.RESULTS_PREVIEW)
  list(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: ProposalQueryDto) {
    return this.service.list(actor, id, query.status);
  }

  @ApiRoute({
    summary: 'Confirm a proposal of another organiser: it is carried out now',
    ok: ConfirmedProposalDto,
    errors: [400, 404, 409, 422],
  })
  @Post('proposals/:id/confirm')
  @Authenticated(Permission.OVERRIDE_MANAGE)
  @HttpCode(200)
  confirm(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.confirm(actor, id);
  }

  @ApiRoute({
    summary: 'Reject (or, for its proposer, withdraw) a proposal, with the reason',
    ok: ProposalDto,
    errors: [400, 404, 409],
  })
  @Post('proposals/:id/reject')
  @Authenticated(Permission.OVERRIDE_MANAGE)
  @HttpCode(200)
  reject(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RejectProposalDto) {
    return this.service.reject(actor, id, dto);
  }
}
