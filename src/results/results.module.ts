import { Module } from '@nestjs/common';
import { FinalizationService } from './finalization.service';
import { PublicResultsController } from './public-results.controller';
import { PublicResultsService } from './public-results.service';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';

/** Results preview, overrides, finalisation (seal), publication and the public results (docs/results.md). */
@Module({
  controllers: [ResultsController, PublicResultsController],
  providers: [ResultsService, FinalizationService, PublicResultsService],
  exports: [ResultsService, FinalizationService, PublicResultsService],
})
export class ResultsModule {}
