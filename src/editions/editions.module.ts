import { Module } from '@nestjs/common';
import { GovernanceModule } from '../governance/governance.module';
import { EditionsProposals } from './editions-proposals';
import { EditionDeletionService } from './edition-deletion.service';
import { EditionsController } from './editions.controller';
import { EditionsService } from './editions.service';
import { PublicEditionsService } from './public-editions.service';
import { Seed2018Service } from './seed-2018.service';

@Module({
  imports: [GovernanceModule],
  controllers: [EditionsController],
  providers: [
    EditionsService,
    EditionsProposals,
    EditionDeletionService,
    PublicEditionsService,
    Seed2018Service,
  ],
  exports: [EditionsService, EditionDeletionService, PublicEditionsService],
})
export class EditionsModule {}
