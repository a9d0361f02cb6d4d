import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { migrationTypes } from './migration-types';

/**
 * Deliberation (docs/judging.md, "Deliberation"): per round, whether judges who submitted see the other sheets
 * of a nomination (pseudonymised unless the organiser chooses names) and discuss it; the consensus step in which
 * a judge may revise a submitted sheet once, keeping the original; the discussion and its history.
 */
export class Deliberation1766400000000 implements MigrationInterface {
  name = 'Deliberation1766400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    // The default as each dialect writes a boolean literal (what the entity's `default: false` compares to).
    const no = queryRunner.connection.options.type === 'postgres' ? false : 0;
    await queryRunner.addColumns('tracks', [
      new TableColumn({ name: 'deliberation', type: 'boolean', default: no }),
      new TableColumn({ name: 'deliberationNames', type: 'boolean', default: no }),
      new TableColumn({ name: 'consensusOpenedAt', type: t.instant, isNullable: true }),
    ]);
    await queryRunner.addColumns('track_rounds', [
      new TableColumn({ name: 'deliberation', type: 'boolean', default: no }),
      new TableColumn({ name: 'deliberationNames', type: 'boolean', default: no }),
    ]);
    await queryRunner.addColumns('score_sheets', [
      new TableColumn({ name: 'originalScores', type: 'text', isNullable: true }),
      new TableColumn({ name: 'originalComment', type: 'text', isNullable: true }),
      new TableColumn({ name: 'originalSubmittedAt', type: t.instant, isNullable: true }),
      new TableColumn({ name: 'revisionReason', type: 'text', isNullable: true }),
      new TableColumn({ name: 'revisedAt', type: t.instant, isNullable: true }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'discussion_posts',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'trackId', type: 'varchar', length: '36' },
          { name: 'round', type: 'integer' },
          { name: 'nominationId', type: 'varchar', length: '36' },
          { name: 'authorId', type: 'varchar', length: '36' },
          { name: 'body', type: 'text' },
          { name: 'createdAt', type: t.instant },
          { name: 'editedAt', type: t.instant, isNullable: true },
          { name: 'deletedAt', type: t.instant, isNullable: true },
        ],
        indices: [{ columnNames: ['nominationId', 'round'] }],
        foreignKeys: [
          {
            columnNames: ['trackId'],
            referencedTableName: 'tracks',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['nominationId'],
            referencedTableName: 'nominations',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'discussion_post_versions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'postId', type: 'varchar', length: '36' },
          { name: 'body', type: 'text' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'at', type: t.instant },
          { name: 'byId', type: 'varchar', length: '36' },
        ],
        indices: [{ columnNames: ['postId'] }],
        foreignKeys: [
          {
            columnNames: ['postId'],
            referencedTableName: 'discussion_posts',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('discussion_post_versions');
    await queryRunner.dropTable('discussion_posts');
    await queryRunner.dropColumns('score_sheets', [
      'originalScores',
      'originalComment',
      'originalSubmittedAt',
      'revisionReason',
      'revisedAt',
    ]);
    await queryRunner.dropColumns('track_rounds', ['deliberation', 'deliberationNames']);
    await queryRunner.dropColumns('tracks', ['deliberation', 'deliberationNames', 'consensusOpenedAt']);
  }
}
