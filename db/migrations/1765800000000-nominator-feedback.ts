import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { migrationTypes } from './migration-types';

/**
 * Feedback to nominators (docs/judging.md, "Feedback to nominators"): beside the comment to the jury, a judge may
 * write one for the nominating institution; an organiser releases it (as written or edited) or withholds it, with
 * a reason, before the results are public.
 */
export class NominatorFeedback1765800000000 implements MigrationInterface {
  name = 'NominatorFeedback1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    await queryRunner.addColumns('score_sheets', [
      new TableColumn({ name: 'feedback', type: 'text', isNullable: true }),
      new TableColumn({ name: 'feedbackDecision', type: 'varchar', length: '16', isNullable: true }),
      new TableColumn({ name: 'feedbackReleasedText', type: 'text', isNullable: true }),
      new TableColumn({ name: 'feedbackReason', type: 'text', isNullable: true }),
      new TableColumn({ name: 'feedbackDecidedAt', type: t.instant, isNullable: true }),
      new TableColumn({ name: 'feedbackDecidedBy', type: 'varchar', length: '36', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('score_sheets', [
      'feedback',
      'feedbackDecision',
      'feedbackReleasedText',
      'feedbackReason',
      'feedbackDecidedAt',
      'feedbackDecidedBy',
    ]);
  }
}
