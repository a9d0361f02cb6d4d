import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { migrationTypes } from './migration-types';

/**
 * Retention (docs/privacy.md): per edition, for how many months after its results became public the contacts,
 * files and accounts of non-winning nominations are kept, and when that was last applied.
 */
export class Retention1765400000000 implements MigrationInterface {
  name = 'Retention1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    await queryRunner.addColumns('editions', [
      new TableColumn({ name: 'retentionMonths', type: 'integer', default: 24 }),
      new TableColumn({ name: 'retentionAppliedAt', type: t.instant, isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('editions', ['retentionMonths', 'retentionAppliedAt']);
  }
}
