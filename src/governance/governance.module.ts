import { Module } from '@nestjs/common';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';

/** Four eyes: proposals confirmed by a second organiser (docs/governance.md). */
@Module({
  controllers: [ProposalsController],
  providers: [ProposalsService],
  exports: [ProposalsService],
})
export class GovernanceModule {}
