import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex, TableUnique } from 'typeorm';
import { migrationTypes } from './migration-types';

/**
 * Signed and versioned seals (docs/results.md): seal versions and their signatures, the signing keys, the
 * corrections, the edition's open correction, and who signs its certificates.
 */
export class SealVersions1765000000300 implements MigrationInterface {
  name = 'SealVersions1765000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    // One seal per edition becomes one per edition and version.
    const seals = await queryRunner.getTable('seals');
    const unique = seals!.uniques.find((u) => u.columnNames.length === 1 && u.columnNames[0] === 'editionId');
    if (unique) await queryRunner.dropUniqueConstraint(seals!, unique);
    await queryRunner.addColumns('seals', [
      new TableColumn({ name: 'version', type: 'integer', default: 1 }),
      new TableColumn({ name: 'previousSealSha256', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'erratum', type: 'text', isNullable: true }),
      new TableColumn({ name: 'signatureKeyId', type: 'varchar', length: '16', isNullable: true }),
      new TableColumn({ name: 'signature', type: 'varchar', length: '100', isNullable: true }),
      new TableColumn({ name: 'signedAt', type: t.instant, isNullable: true }),
    ]);
    await queryRunner.createIndex(
      'seals',
      new TableIndex({ columnNames: ['editionId', 'version'], isUnique: true }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'signing_keys',
        columns: [
          { name: 'keyId', type: 'varchar', length: '16', isPrimary: true },
          { name: 'algorithm', type: 'varchar', length: '16' },
          { name: 'publicKey', type: 'varchar', length: '64' },
          { name: 'fingerprint', type: 'varchar', length: '64' },
          { name: 'validFrom', type: t.instant },
          { name: 'validTo', type: t.instant, isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'corrections',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'editionId', type: 'varchar', length: '36' },
          { name: 'version', type: 'integer' },
          { name: 'justification', type: 'text' },
          { name: 'openedById', type: 'varchar', length: '36', isNullable: true },
          { name: 'openedAt', type: t.instant },
          { name: 'sealedAt', type: t.instant, isNullable: true },
        ],
        indices: [{ columnNames: ['editionId', 'version'], isUnique: true }],
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
    await queryRunner.addColumns('editions', [
      new TableColumn({ name: 'correctionOpenedAt', type: t.instant, isNullable: true }),
      new TableColumn({ name: 'signatories', type: 'text', default: "'[]'" }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('editions', ['correctionOpenedAt', 'signatories']);
    await queryRunner.dropTable('corrections');
    await queryRunner.dropTable('signing_keys');
    await queryRunner.dropIndex(
      'seals',
      new TableIndex({ columnNames: ['editionId', 'version'], isUnique: true }),
    );
    await queryRunner.dropColumns('seals', [
      'version',
      'previousSealSha256',
      'erratum',
      'signatureKeyId',
      'signature',
      'signedAt',
    ]);
    await queryRunner.createUniqueConstraint('seals', new TableUnique({ columnNames: ['editionId'] }));
  }
}
