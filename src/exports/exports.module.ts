import { Module } from '@nestjs/common';
import { ResultsModule } from '../results/results.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** XLSX and CSV exports of an edition for the jury's minutes and the archive. */
@Module({
  imports: [ResultsModule],
  controllers: [ExportsController],
  providers: [ExportsService],
  exports: [ExportsService],
})
export class ExportsModule {}
