import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { migrationTypes } from './migration-types';

/**
 * Custom nomination fields per track (docs/domain.md, "Custom fields"): the organisers' definitions, the values
 * of each nomination (one JSON object keyed by field key), and the field a file-type attachment answers.
 */
export class TrackCustomFields1766100000000 implements MigrationInterface {
  name = 'TrackCustomFields1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'track_fields',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'trackId', type: 'varchar', length: '36' },
          { name: 'key', type: 'varchar', length: '64' },
          { name: 'type', type: 'varchar', length: '16' },
          { name: 'labelEs', type: 'varchar', length: '300' },
          { name: 'labelEn', type: 'varchar', length: '300' },
          { name: 'helpEs', type: 'text', isNullable: true },
          { name: 'helpEn', type: 'text', isNullable: true },
          { name: 'required', type: 'boolean' },
          { name: 'position', type: 'integer' },
          { name: 'categories', type: 'text' },
          { name: 'options', type: 'text' },
          { name: 'min', type: t.double, isNullable: true },
          { name: 'max', type: t.double, isNullable: true },
          { name: 'maxLength', type: 'integer', isNullable: true },
          { name: 'fileTypes', type: 'text' },
          { name: 'identifying', type: 'boolean' },
        ],
        indices: [{ columnNames: ['trackId', 'key'], isUnique: true }],
        foreignKeys: [
          {
            columnNames: ['trackId'],
            referencedTableName: 'tracks',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await queryRunner.addColumn(
      'nominations',
      new TableColumn({ name: 'customFields', type: 'text', isNullable: true }),
    );
    await queryRunner.addColumn(
      'attachments',
      new TableColumn({ name: 'fieldKey', type: 'varchar', length: '64', isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('attachments', 'fieldKey');
    await queryRunner.dropColumn('nominations', 'customFields');
    await queryRunner.dropTable('track_fields');
  }
}
