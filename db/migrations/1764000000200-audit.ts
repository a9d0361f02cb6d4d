import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { migrationTypes } from './migration-types';

export class Audit1764000000200 implements MigrationInterface {
  name = 'Audit1764000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'seq', type: 'integer', isUnique: true },
          { name: 'at', type: t.instant },
          { name: 'actorId', type: 'varchar', length: '36', isNullable: true },
          { name: 'actorRole', type: 'varchar', length: '16' },
          { name: 'action', type: 'varchar', length: '64' },
          { name: 'entityType', type: 'varchar', length: '64' },
          { name: 'entityId', type: 'varchar', length: '128' },
          { name: 'before', type: 'text', isNullable: true },
          { name: 'after', type: 'text', isNullable: true },
          { name: 'prevHash', type: 'varchar', length: '64' },
          { name: 'hash', type: 'varchar', length: '64' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_audit_entries_action', columnNames: ['action'] }),
          new TableIndex({ name: 'IDX_audit_entries_entity', columnNames: ['entityType', 'entityId'] }),
          new TableIndex({ name: 'IDX_audit_entries_actor', columnNames: ['actorId'] }),
          new TableIndex({ name: 'IDX_audit_entries_at', columnNames: ['at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_entries');
  }
}
