import { Injectable, OnModuleInit } from '@nestjs/common';
import { ProposalKind } from '../database/schema/proposal.entity';
import { ProposalsService } from '../governance/proposals.service';
import { ScoreSheetsService } from './score-sheets/score-sheets.service';

type ReopenPayload = { assignmentId: string; reason: string };

/** What confirming a reopening does; decided on the sheet as it stood, it expires if the sheet changed. */
@Injectable()
export class JudgingProposals implements OnModuleInit {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly sheets: ScoreSheetsService,
  ) {}

  onModuleInit(): void {
    this.proposals.register(ProposalKind.REOPEN_SHEET, {
      basis: (m, payload) => this.sheets.sheetBasis(m, (payload as ReopenPayload).assignmentId),
      perform: (m, actor, payload) => {
        const { assignmentId, reason } = payload as ReopenPayload;
        return this.sheets.reopenIn(m, actor, assignmentId, reason);
      },
    });
  }
}
