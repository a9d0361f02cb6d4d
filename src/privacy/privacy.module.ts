import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { ArcoController } from './arco.controller';
import { ArcoByEmailService } from './arco-by-email.service';
import { ArcoService } from './arco.service';
import { ErasureController } from './erasure.controller';
import { ErasureService } from './erasure.service';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataService } from './personal-data.service';
import { RetentionScheduler } from './retention.scheduler';
import { RetentionService } from './retention.service';

/** Personal data: the right of access, and retention periods applied on schedule or from the CLI (docs/privacy.md). */
@Module({
  imports: [UsersModule],
  controllers: [PersonalDataController, ArcoController, ErasureController],
  providers: [
    RetentionService,
    RetentionScheduler,
    PersonalDataService,
    ArcoService,
    ArcoByEmailService,
    ErasureService,
  ],
  exports: [RetentionService, PersonalDataService, ArcoService, ArcoByEmailService, ErasureService],
})
export class PrivacyModule {}
