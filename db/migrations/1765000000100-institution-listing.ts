import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { migrationTypes } from './migration-types';

/** When each institution was listed publicly; the ones that exist already are listed since their creation. */
export class InstitutionListing1765000000100 implements MigrationInterface {
  name = 'InstitutionListing1765000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    await queryRunner.addColumn(
      'institutions',
      new TableColumn({ name: 'listedAt', type: t.instant, isNullable: true }),
    );
    await queryRunner.query('UPDATE "institutions" SET "listedAt" = "createdAt"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('institutions', 'listedAt');
  }
}
