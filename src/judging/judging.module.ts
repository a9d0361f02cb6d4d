import { Module } from '@nestjs/common';
import { GovernanceModule } from '../governance/governance.module';
import { NominationsModule } from '../nominations/nominations.module';
import { FeedbackController } from './feedback/feedback.controller';
import { DeliberationController } from './deliberation/deliberation.controller';
import { DeliberationService } from './deliberation/deliberation.service';
import { FeedbackService } from './feedback/feedback.service';
import { JudgingProposals } from './judging-proposals';
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
  imports: [NominationsModule, GovernanceModule],
  controllers: [
    PanelsController,
    AssignmentsController,
    ScoreSheetsController,
    ProgressController,
    FeedbackController,
    DeliberationController,
  ],
  providers: [
    PanelsService,
    AssignmentsService,
    ScoreSheetsService,
    ProgressService,
    FeedbackService,
    DeliberationService,
    JudgingProposals,
  ],
  exports: [
    AssignmentsService,
    PanelsService,
    ProgressService,
    ScoreSheetsService,
    FeedbackService,
    DeliberationService,
  ],
})
export class JudgingModule {}
