import { MigrationInterface, QueryRunner, Table, TableColumn, TableForeignKey } from 'typeorm';
import { migrationTypes } from './migration-types';

export class Intake1764000000100 implements MigrationInterface {
  name = 'Intake1764000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    const ref = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });
    const instant = (name: string, isNullable = false) => ({ name, type: t.instant, isNullable });

    await queryRunner.createTable(
      new Table({
        name: 'editions',
        columns: [
          id,
          { name: 'key', type: 'varchar', length: '80' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'year', type: 'integer' },
          { name: 'timezone', type: 'varchar', length: '64', default: "'America/Mexico_City'" },
          instant('nominationsOpenAt'),
          instant('nominationsCloseAt'),
          instant('judgingOpenAt'),
          instant('judgingCloseAt'),
          instant('announcementAt'),
          { name: 'participatingStates', type: 'text' },
          instant('finalizedAt', true),
          instant('publishedAt', true),
          instant('createdAt'),
          instant('updatedAt'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'institutions',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '300' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'level', type: 'varchar', length: '16' },
          { name: 'stateCode', type: 'varchar', length: '2', isNullable: true },
          { name: 'naturalKey', type: 'varchar', length: '320', isUnique: true },
          instant('createdAt'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'tracks',
        columns: [
          id,
          ref('editionId'),
          { name: 'code', type: 'varchar', length: '32' },
          { name: 'name', type: 'varchar', length: '300' },
          { name: 'eligibilityRule', type: 'varchar', length: '32' },
          { name: 'categories', type: 'text' },
          { name: 'rubric', type: 'text' },
          { name: 'judgesPerNomination', type: 'integer' },
          { name: 'minReviews', type: 'integer' },
          { name: 'aggregation', type: 'varchar', length: '16' },
          { name: 'places', type: 'integer' },
          { name: 'honourableMentions', type: 'integer' },
          { name: 'threshold', type: t.double },
          { name: 'blind', type: 'boolean' },
          instant('frozenAt', true),
        ],
        indices: [{ columnNames: ['editionId', 'code'], isUnique: true }],
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

    await queryRunner.createTable(
      new Table({
        name: 'nominations',
        columns: [
          id,
          { name: 'key', type: 'varchar', length: '80' },
          ref('editionId'),
          ref('trackId'),
          { name: 'categoryKey', type: 'varchar', length: '64', isNullable: true },
          ref('nominatingInstitutionId'),
          ref('nomineeInstitutionId'),
          { name: 'stateCode', type: 'varchar', length: '2', isNullable: true },
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'summary', type: 'text' },
          { name: 'description', type: 'text' },
          { name: 'practiceDetails', type: 'text' },
          { name: 'evidenceUrls', type: 'text' },
          { name: 'contactName', type: 'varchar', length: '200' },
          { name: 'contactEmail', type: 'varchar', length: '254' },
          { name: 'contactPhone', type: 'varchar', length: '40', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'eligibilityReason', type: 'text', isNullable: true },
          { name: 'channel', type: 'varchar', length: '16' },
          instant('extendedUntil', true),
          instant('submittedAt', true),
          { name: 'receiptHash', type: 'varchar', length: '64', isNullable: true },
          instant('withdrawnAt', true),
          ref('createdById', true),
          instant('createdAt'),
          instant('updatedAt'),
        ],
        indices: [
          { columnNames: ['trackId', 'status'] },
          { columnNames: ['editionId', 'key'], isUnique: true },
          { columnNames: ['nominatingInstitutionId'] },
        ],
        foreignKeys: [
          {
            columnNames: ['editionId'],
            referencedTableName: 'editions',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['trackId'],
            referencedTableName: 'tracks',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['nominatingInstitutionId'],
            referencedTableName: 'institutions',
            referencedColumnNames: ['id'],
          },
          {
            columnNames: ['nomineeInstitutionId'],
            referencedTableName: 'institutions',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'attachments',
        columns: [
          id,
          ref('nominationId'),
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'mimeType', type: 'varchar', length: '100' },
          { name: 'size', type: 'integer' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'storageName', type: 'varchar', length: '80', isNullable: true },
          instant('createdAt'),
        ],
        indices: [{ columnNames: ['nominationId'] }],
        foreignKeys: [
          {
            columnNames: ['nominationId'],
            referencedTableName: 'nominations',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );

    await queryRunner.addColumn('users', new TableColumn(ref('institutionId', true)));
    await queryRunner.createForeignKey(
      'users',
      new TableForeignKey({
        columnNames: ['institutionId'],
        referencedTableName: 'institutions',
        referencedColumnNames: ['id'],
        onDelete: 'RESTRICT',
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const users = await queryRunner.getTable('users');
    const fk = users?.foreignKeys.find((f) => f.columnNames.includes('institutionId'));
    if (fk) await queryRunner.dropForeignKey('users', fk);
    await queryRunner.dropColumn('users', 'institutionId');
    for (const table of ['attachments', 'nominations', 'tracks', 'institutions', 'editions']) {
      await queryRunner.dropTable(table);
    }
  }
}
