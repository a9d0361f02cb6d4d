import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { migrationTypes } from './migration-types';

/**
 * Judging in rounds (docs/judging.md, "Rounds"): a track judges in its current round; panels and assignments
 * belong to a round; a nomination reaches a round by being on the previous round's shortlist; every closed round
 * keeps its settings, rule, shortlist and justification. Existing tracks are in round 1, as before.
 */
export class TrackRounds1766300000000 implements MigrationInterface {
  name = 'TrackRounds1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    await queryRunner.addColumn('tracks', new TableColumn({ name: 'round', type: 'integer', default: 1 }));
    await queryRunner.addColumn(
      'nominations',
      new TableColumn({ name: 'roundReached', type: 'integer', default: 1 }),
    );

    await queryRunner.dropIndex(
      'panel_members',
      new TableIndex({ columnNames: ['trackId', 'judgeId'], isUnique: true }),
    );
    await queryRunner.addColumn(
      'panel_members',
      new TableColumn({ name: 'round', type: 'integer', default: 1 }),
    );
    await queryRunner.createIndex(
      'panel_members',
      new TableIndex({ columnNames: ['trackId', 'round', 'judgeId'], isUnique: true }),
    );

    await queryRunner.dropIndex(
      'assignments',
      new TableIndex({ columnNames: ['nominationId', 'judgeId'], isUnique: true }),
    );
    await queryRunner.addColumn(
      'assignments',
      new TableColumn({ name: 'round', type: 'integer', default: 1 }),
    );
    await queryRunner.createIndex(
      'assignments',
      new TableIndex({ columnNames: ['nominationId', 'judgeId', 'round'], isUnique: true }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'track_rounds',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'trackId', type: 'varchar', length: '36' },
          { name: 'number', type: 'integer' },
          { name: 'rubric', type: 'text' },
          { name: 'judgesPerNomination', type: 'integer' },
          { name: 'minReviews', type: 'integer' },
          { name: 'aggregation', type: 'varchar', length: '16' },
          { name: 'blind', type: 'boolean' },
          { name: 'openedAt', type: t.instant, isNullable: true },
          { name: 'closedAt', type: t.instant },
          { name: 'closedById', type: 'varchar', length: '36', isNullable: true },
          { name: 'rule', type: 'varchar', length: '16' },
          { name: 'ruleSize', type: 'integer', isNullable: true },
          { name: 'ruleCut', type: t.double, isNullable: true },
          { name: 'shortlist', type: 'text' },
          { name: 'justification', type: 'text', isNullable: true },
        ],
        indices: [{ columnNames: ['trackId', 'number'], isUnique: true }],
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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('track_rounds');
    await queryRunner.query(`DELETE FROM assignments WHERE "round" > 1`);
    await queryRunner.query(`DELETE FROM panel_members WHERE "round" > 1`);
    await queryRunner.dropIndex(
      'assignments',
      new TableIndex({ columnNames: ['nominationId', 'judgeId', 'round'], isUnique: true }),
    );
    await queryRunner.dropColumn('assignments', 'round');
    await queryRunner.createIndex(
      'assignments',
      new TableIndex({ columnNames: ['nominationId', 'judgeId'], isUnique: true }),
    );
    await queryRunner.dropIndex(
      'panel_members',
      new TableIndex({ columnNames: ['trackId', 'round', 'judgeId'], isUnique: true }),
    );
    await queryRunner.dropColumn('panel_members', 'round');
    await queryRunner.createIndex(
      'panel_members',
      new TableIndex({ columnNames: ['trackId', 'judgeId'], isUnique: true }),
    );
    await queryRunner.dropColumn('nominations', 'roundReached');
    await queryRunner.dropColumn('tracks', 'round');
  }
}
