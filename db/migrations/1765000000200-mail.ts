import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { migrationTypes } from './migration-types';

/** The mail outbox, single-use account links (invitations, password resets) and each user's language. */
export class Mail1765000000200 implements MigrationInterface {
  name = 'Mail1765000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    const instant = (name: string, isNullable = false) => ({ name, type: t.instant, isNullable });
    const text = (name: string, length: string, isNullable = false) => ({
      name,
      type: 'varchar',
      length,
      isNullable,
    });

    await queryRunner.addColumn(
      'users',
      new TableColumn({ name: 'language', type: 'varchar', length: '2', default: "'es'" }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'mail_outbox',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          text('kind', '40'),
          { ...text('dedupeKey', '200', true), isUnique: true },
          text('recipientId', '36', true),
          text('toAddress', '254'),
          text('language', '2'),
          text('subject', '300'),
          { name: 'textBody', type: 'text' },
          { name: 'htmlBody', type: 'text' },
          text('status', '12'),
          { name: 'attempts', type: 'integer', default: 0 },
          instant('nextAttemptAt'),
          instant('leaseUntil', true),
          text('lastError', '500', true),
          text('transport', '8', true),
          text('messageId', '300', true),
          instant('createdAt'),
          instant('sentAt', true),
        ],
        indices: [{ columnNames: ['status', 'nextAttemptAt'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'account_tokens',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          text('userId', '36'),
          text('purpose', '16'),
          { ...text('tokenHash', '64'), isUnique: true },
          instant('expiresAt'),
          instant('usedAt', true),
          instant('revokedAt', true),
          text('createdById', '36', true),
          instant('createdAt'),
        ],
        indices: [{ columnNames: ['userId', 'purpose'] }],
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
    await queryRunner.dropTable('account_tokens');
    await queryRunner.dropTable('mail_outbox');
    await queryRunner.dropColumn('users', 'language');
  }
}
