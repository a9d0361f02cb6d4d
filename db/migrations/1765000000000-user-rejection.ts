import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** Why an organiser rejected a self-registered nominator (status REJECTED). */
export class UserRejection1765000000000 implements MigrationInterface {
  name = 'UserRejection1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'users',
      new TableColumn({ name: 'rejectionReason', type: 'text', isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('users', 'rejectionReason');
  }
}
