import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { migrationTypes } from './migration-types';

/**
 * Four eyes (docs/governance.md): an edition may require a second organiser to confirm overrides and the
 * seal; proposals wait in their own table. Editions made before keep working as they did (off).
 */
export class FourEyes1765300000000 implements MigrationInterface {
  name = 'FourEyes1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    const postgres = queryRunner.connection.options.type === 'postgres';
    await queryRunner.addColumn(
      'editions',
      new TableColumn({ name: 'fourEyes', type: 'boolean', default: postgres ? false : 0 }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'proposals',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'editionId', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'payload', type: 'text' },
          { name: 'summary', type: 'text' },
          { name: 'basis', type: 'varchar', length: '64' },
          { name: 'reason', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'proposedById', type: 'varchar', length: '36' },
          { name: 'proposedAt', type: t.instant },
          { name: 'decidedById', type: 'varchar', length: '36', isNullable: true },
          { name: 'decidedAt', type: t.instant, isNullable: true },
          { name: 'decisionReason', type: 'text', isNullable: true },
        ],
        indices: [{ columnNames: ['editionId', 'status'] }],
        foreignKeys: [
          {
            columnNames: ['editionId'],
            referencedTableName: 'editions',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('proposals');
    await queryRunner.dropColumn('editions', 'fourEyes');
  }
}
