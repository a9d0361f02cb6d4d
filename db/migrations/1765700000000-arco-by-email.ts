import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { migrationTypes } from './migration-types';

/**
 * ARCO requests by e-mail (docs/privacy.md): a person without an account (a nomination's contact) files one from
 * a public form and confirms it from the link mailed to the address. The request then names the address, and an
 * account only when one has that address.
 */
export class ArcoByEmail1765700000000 implements MigrationInterface {
  name = 'ArcoByEmail1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    if (queryRunner.connection.options.type === 'postgres') {
      // changeColumn would drop and re-add the column, losing its index and foreign key.
      await queryRunner.query(`ALTER TABLE "arco_requests" ALTER COLUMN "userId" DROP NOT NULL`);
    } else {
      await queryRunner.changeColumn(
        'arco_requests',
        'userId',
        new TableColumn({ name: 'userId', type: 'varchar', length: '36', isNullable: true }),
      );
    }
    await queryRunner.addColumns('arco_requests', [
      new TableColumn({ name: 'email', type: 'varchar', length: '254', isNullable: true }),
      new TableColumn({ name: 'language', type: 'varchar', length: '2', default: "'es'" }),
      new TableColumn({ name: 'confirmTokenHash', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'confirmExpiresAt', type: t.instant, isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "arco_requests" WHERE "userId" IS NULL`);
    for (const c of ['confirmExpiresAt', 'confirmTokenHash', 'language', 'email']) {
      await queryRunner.dropColumn('arco_requests', c);
    }
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`ALTER TABLE "arco_requests" ALTER COLUMN "userId" SET NOT NULL`);
    } else {
      await queryRunner.changeColumn(
        'arco_requests',
        'userId',
        new TableColumn({ name: 'userId', type: 'varchar', length: '36' }),
      );
    }
  }
}
