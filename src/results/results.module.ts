import { Module } from '@nestjs/common';
import { PublishedAnswers } from '../common/http/published-answers';
import { GovernanceModule } from '../governance/governance.module';
import { FinalizationService } from './finalization.service';
import { PracticesController } from './practices.controller';
import { PracticesService } from './practices.service';
import { PublicResultsController } from './public-results.controller';
import { PublicResultsService } from './public-results.service';
import { ResultsController } from './results.controller';
import { RoundsController } from './rounds/rounds.controller';
import { RoundsService } from './rounds/rounds.service';
import { ResultsProposals } from './results-proposals';
import { ResultsService } from './results.service';
import { SealAnchors } from './seal-anchors';
import { PublicKeysController } from './signing/public-keys.controller';
import { SealSigner } from './signing/seal-signer.service';

/** Results preview, overrides, finalisation (seal), corrections, publication and public results (docs/results.md). */
@Module({
  imports: [GovernanceModule],
  controllers: [
    ResultsController,
    RoundsController,
    PublicResultsController,
    PracticesController,
    PublicKeysController,
  ],
  providers: [
    ResultsService,
    RoundsService,
    FinalizationService,
    PublicResultsService,
    PracticesService,
    ResultsProposals,
    SealSigner,
    SealAnchors,
    PublishedAnswers,
  ],
  exports: [
    ResultsService,
    RoundsService,
    FinalizationService,
    PublicResultsService,
    PracticesService,
    SealSigner,
    PublishedAnswers,
  ],
})
export class ResultsModule {}
