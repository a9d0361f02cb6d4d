import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { migrationTypes } from './migration-types';

export class Users1764000000000 implements MigrationInterface {
  name = 'Users1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'email', type: 'varchar', length: '254', isUnique: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'passwordHash', type: 'varchar', length: '255', isNullable: true },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'tokenVersion', type: 'integer', default: 0 },
          { name: 'createdAt', type: t.instant },
          { name: 'updatedAt', type: t.instant },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('users');
  }
}
