import { Module } from '@nestjs/common';
import { RetentionScheduler } from './retention.scheduler';
import { RetentionService } from './retention.service';

/** Personal data: retention periods applied on schedule or from the CLI (docs/privacy.md). */
@Module({
  providers: [RetentionService, RetentionScheduler],
  exports: [RetentionService],
})
export class PrivacyModule {}
