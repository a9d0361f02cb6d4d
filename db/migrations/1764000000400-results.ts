import { MigrationInterface, QueryRunner, Table, TableForeignKeyOptions } from 'typeorm';
import { migrationTypes } from './migration-types';

/** Overrides of the computed awards, and the seals of finalised editions (docs/results.md). */
export class Results1764000000400 implements MigrationInterface {
  name = 'Results1764000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    const ref = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });
    const instant = (name: string, isNullable = false) => ({ name, type: t.instant, isNullable });
    const fk = (column: string, table: string): TableForeignKeyOptions => ({
      columnNames: [column],
      referencedTableName: table,
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    });

    await queryRunner.createTable(
      new Table({
        name: 'overrides',
        columns: [
          id,
          ref('editionId'),
          ref('trackId'),
          ref('nominationId'),
          { name: 'seq', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'award', type: 'varchar', length: '24', isNullable: true },
          { name: 'justification', type: 'text' },
          ref('createdById', true),
          instant('createdAt'),
        ],
        indices: [{ columnNames: ['trackId', 'seq'], isUnique: true }, { columnNames: ['editionId'] }],
        foreignKeys: [
          fk('editionId', 'editions'),
          fk('trackId', 'tracks'),
          fk('nominationId', 'nominations'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'seals',
        columns: [
          id,
          { name: 'editionId', type: 'varchar', length: '36', isUnique: true },
          { name: 'resultsJson', type: 'text' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'auditHead', type: 'varchar', length: '64' },
          { name: 'auditHeadSeq', type: 'integer' },
          { name: 'publicJson', type: 'text' },
          instant('finalizedAt'),
          ref('finalizedById', true),
        ],
        foreignKeys: [fk('editionId', 'editions')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('seals');
    await queryRunner.dropTable('overrides');
  }
}
