import { Module } from '@nestjs/common';
import { InstitutionsModule } from '../institutions/institutions.module';
import { ResultsModule } from '../results/results.module';
import { UsersModule } from '../users/users.module';
import { BundleController } from './bundle.controller';
import { BundleService } from './bundle.service';

@Module({
  imports: [InstitutionsModule, UsersModule, ResultsModule],
  controllers: [BundleController],
  providers: [BundleService],
  exports: [BundleService],
})
export class BundleModule {}
