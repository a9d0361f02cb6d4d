import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { migrationTypes } from './migration-types';

/** Editions can be archived: kept whole, out of the organisers' everyday lists (docs/web.md). */
export class EditionArchive1765100000000 implements MigrationInterface {
  name = 'EditionArchive1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    await queryRunner.addColumn(
      'editions',
      new TableColumn({ name: 'archivedAt', type: t.instant, isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('editions', 'archivedAt');
  }
}
