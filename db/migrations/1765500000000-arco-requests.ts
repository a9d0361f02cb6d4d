import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { migrationTypes } from './migration-types';

/** Requests to exercise the rights of access, rectification, cancellation and opposition (docs/privacy.md). */
export class ArcoRequests1765500000000 implements MigrationInterface {
  name = 'ArcoRequests1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'arco_requests',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'userId', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'details', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'filedAt', type: t.instant },
          { name: 'dueAt', type: t.instant },
          { name: 'answeredById', type: 'varchar', length: '36', isNullable: true },
          { name: 'answeredAt', type: t.instant, isNullable: true },
          { name: 'answer', type: 'text', isNullable: true },
        ],
        indices: [{ columnNames: ['status', 'dueAt'] }, { columnNames: ['userId'] }],
        foreignKeys: [
          {
            columnNames: ['userId'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('arco_requests');
  }
}
