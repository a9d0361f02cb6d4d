import { Module } from '@nestjs/common';
import { ArcoController } from './arco.controller';
import { ArcoService } from './arco.service';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataService } from './personal-data.service';
import { RetentionScheduler } from './retention.scheduler';
import { RetentionService } from './retention.service';

/** Personal data: the right of access, and retention periods applied on schedule or from the CLI (docs/privacy.md). */
@Module({
  controllers: [PersonalDataController, ArcoController],
  providers: [RetentionService, RetentionScheduler, PersonalDataService, ArcoService],
  exports: [RetentionService, PersonalDataService, ArcoService],
})
export class PrivacyModule {}
