import { MigrationInterface, QueryRunner, Table, TableForeignKeyOptions } from 'typeorm';
import { migrationTypes } from './migration-types';

/** Panels, judge affiliations, declared conflicts, assignments and score sheets (docs/judging.md). */
export class Judging1764000000300 implements MigrationInterface {
  name = 'Judging1764000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = migrationTypes(queryRunner);
    const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    const ref = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });
    const instant = (name: string, isNullable = false) => ({ name, type: t.instant, isNullable });
    const fk = (column: string, table: string, onDelete?: 'CASCADE'): TableForeignKeyOptions => ({
      columnNames: [column],
      referencedTableName: table,
      referencedColumnNames: ['id'],
      ...(onDelete ? { onDelete } : {}),
    });

    await queryRunner.createTable(
      new Table({
        name: 'panel_members',
        columns: [
          id,
          ref('trackId'),
          ref('judgeId'),
          { name: 'capacity', type: 'integer', isNullable: true },
          instant('createdAt'),
        ],
        indices: [{ columnNames: ['trackId', 'judgeId'], isUnique: true }],
        foreignKeys: [fk('trackId', 'tracks', 'CASCADE'), fk('judgeId', 'users')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'judge_affiliations',
        columns: [
          id,
          ref('userId'),
          ref('institutionId', true),
          { name: 'stateCode', type: 'varchar', length: '2', isNullable: true },
          instant('createdAt'),
        ],
        indices: [{ columnNames: ['userId'] }],
        foreignKeys: [fk('userId', 'users', 'CASCADE'), fk('institutionId', 'institutions')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'declared_conflicts',
        columns: [
          id,
          ref('trackId'),
          ref('judgeId'),
          ref('nominationId', true),
          ref('institutionId', true),
          { name: 'reason', type: 'text' },
          ref('createdById', true),
          instant('createdAt'),
        ],
        indices: [{ columnNames: ['trackId', 'judgeId'] }],
        foreignKeys: [
          fk('trackId', 'tracks', 'CASCADE'),
          fk('judgeId', 'users'),
          fk('nominationId', 'nominations', 'CASCADE'),
          fk('institutionId', 'institutions'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'assignments',
        columns: [
          id,
          ref('trackId'),
          ref('nominationId'),
          ref('judgeId'),
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'recusalReason', type: 'text', isNullable: true },
          instant('recusedAt', true),
          { name: 'source', type: 'varchar', length: '16' },
          ref('createdById', true),
          instant('createdAt'),
        ],
        indices: [
          { columnNames: ['nominationId', 'judgeId'], isUnique: true },
          { columnNames: ['trackId', 'status'] },
          { columnNames: ['judgeId', 'status'] },
        ],
        foreignKeys: [
          fk('trackId', 'tracks', 'CASCADE'),
          fk('nominationId', 'nominations', 'CASCADE'),
          fk('judgeId', 'users'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'score_sheets',
        columns: [
          id,
          ref('assignmentId'),
          { name: 'scores', type: 'text' },
          { name: 'comment', type: 'text', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          instant('submittedAt', true),
          instant('reopenedAt', true),
          { name: 'reopenReason', type: 'text', isNullable: true },
          instant('createdAt'),
          instant('updatedAt'),
        ],
        indices: [{ columnNames: ['assignmentId'], isUnique: true }],
        foreignKeys: [fk('assignmentId', 'assignments', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'score_sheets',
      'assignments',
      'declared_conflicts',
      'judge_affiliations',
      'panel_members',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
