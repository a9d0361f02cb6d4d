import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { ProposalQueryDto, RejectProposalDto } from './dto/proposal.dto';
import { ProposalsService } from './proposals.service';

@ApiTags('governance')
@Controller()
export class ProposalsController {
  constructor(private readonly service: ProposalsService) {}

  @Get('editions/:id/proposals')
  @Authenticated(Permission.RESULTS_PREVIEW)
  @ApiOperation({ summary: 'Four-eyes proposals of an edition (overrides, the seal), newest first' })
  list(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: ProposalQueryDto) {
    return this.service.list(actor, id, query.status);
  }

  @Post('proposals/:id/confirm')
  @Authenticated(Permission.OVERRIDE_MANAGE)
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm a proposal of another organiser: it is carried out now' })
  confirm(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.confirm(actor, id);
  }

  @Post('proposals/:id/reject')
  @Authenticated(Permission.OVERRIDE_MANAGE)
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject (or, for its proposer, withdraw) a proposal, with the reason' })
  reject(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RejectProposalDto) {
    return this.service.reject(actor, id, dto);
  }
}
