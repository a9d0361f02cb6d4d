import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * Whether the nominator consented, when submitting, to the practice being shown in the public catalogue after
 * the announcement (docs/results.md, "The practices catalogue"). Off for every nomination made before.
 */
export class PublicationConsent1765200000000 implements MigrationInterface {
  name = 'PublicationConsent1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The default as each dialect writes a boolean literal (what the entity's `default: false` compares to).
    const postgres = queryRunner.connection.options.type === 'postgres';
    await queryRunner.addColumn(
      'nominations',
      new TableColumn({ name: 'publicationConsent', type: 'boolean', default: postgres ? false : 0 }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('nominations', 'publicationConsent');
  }
}
