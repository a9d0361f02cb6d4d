import { Module } from '@nestjs/common';
import { NominationsModule } from '../nominations/nominations.module';
import { AssignmentsController } from './assignments/assignments.controller';
import { AssignmentsService } from './assignments/assignments.service';
import { PanelsController } from './panels/panels.controller';
import { PanelsService } from './panels/panels.service';
import { ProgressController } from './progress/progress.controller';
import { ProgressService } from './progress/progress.service';
import { ScoreSheetsController } from './score-sheets/score-sheets.controller';
import { ScoreSheetsService } from './score-sheets/score-sheets.service';

/** Panels, conflicts of interest, assignment, score sheets and progress (docs/judging.md). */
@Module({
  imports: [NominationsModule],
  controllers: [PanelsController, AssignmentsController, ScoreSheetsController, ProgressController],
  providers: [PanelsService, AssignmentsService, ScoreSheetsService, ProgressService],
  exports: [AssignmentsService, PanelsService, ProgressService, ScoreSheetsService],
})
export class JudgingModule {}
