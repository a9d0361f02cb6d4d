import { Module } from '@nestjs/common';
import { InstitutionsController } from './institutions.controller';
import { InstitutionMergeService } from './institution-merge.service';
import { InstitutionsService } from './institutions.service';

@Module({
  controllers: [InstitutionsController],
  providers: [InstitutionsService, InstitutionMergeService],
  exports: [InstitutionsService, InstitutionMergeService],
})
export class InstitutionsModule {}
