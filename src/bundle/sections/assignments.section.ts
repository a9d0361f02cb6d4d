import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { conflictReasons, JudgeConflictProfile } from '../../domain/conflicts';
import {
  AssignmentEntity,
  AssignmentSource,
  AssignmentStatus,
} from '../../database/schema/assignment.entity';
import { Role } from '../../database/schema/user.entity';
import { BundleAssignment, BundleV1 } from '../format/bundle-format';
import { arrayOf, integer, ref, strictObject, stringOrNull } from '../format/schema-parts';
import { BundleIndex } from './bundle-index';
import { assignmentKey, insertRows } from './import-context';
import { BundleSection, byKeys, checkUnique, instant, iso } from './section';
import { isBlank } from '../../common/validation/visible-text';

/** A judge's conflict profile from the bundle (institutions and nominations by key), for one track. */
function profile(
  bundle: BundleV1,
  index: BundleIndex,
  judgeEmail: string,
  trackCode: string,
): JudgeConflictProfile {
  const declared = bundle.panels.filter((p) => p.trackCode === trackCode).flatMap((p) => p.conflicts);
  const mine = declared.filter((c) => c.judgeEmail === judgeEmail);
  return {
    id: judgeEmail,
    affiliations: (index.users.get(judgeEmail)?.affiliations ?? []).map((a) => ({
      institutionId: a.institutionKey,
      stateCode: a.stateCode,
    })),
    declaredConflicts: {
      nominationIds: mine.flatMap((c) => (c.nominationKey === null ? [] : [c.nominationKey])),
      institutionIds: mine.flatMap((c) => (c.institutionKey === null ? [] : [c.institutionKey])),
    },
  };
}

/** Judge × nomination, active or recused (with the reason), by nomination key and judge email. */
export const assignmentsSection: BundleSection<'assignments'> = {
  name: 'assignments',
  schema: arrayOf(
    strictObject(
      {
        nominationKey: ref('keyRef'),
        judgeEmail: ref('email'),
        round: integer(2, 50),
        status: { type: 'string', enum: Object.values(AssignmentStatus).sort() },
        recusalReason: stringOrNull(4000),
        recusedAt: ref('instantOrNull'),
        source: { type: 'string', enum: Object.values(AssignmentSource).sort() },
        createdAt: ref('instant'),
      },
      ['round'],
    ),
  ),

  async export(ctx): Promise<BundleAssignment[]> {
    const trackIds = [...ctx.tracks.keys()];
    const assignments = trackIds.length
      ? await ctx.m.findBy(AssignmentEntity, { trackId: In(trackIds) })
      : [];
    for (const a of assignments) ctx.assignments.set(a.id, a);
    await ctx.referUsers(assignments.map((a) => a.judgeId));
    return assignments
      .map((a) => ({
        nominationKey: ctx.nominationKey(a.nominationId),
        judgeEmail: ctx.userEmail(a.judgeId),
        ...(a.round > 1 ? { round: a.round } : {}),
        status: a.status,
        recusalReason: a.recusalReason,
        recusedAt: iso(a.recusedAt),
        source: a.source,
        createdAt: a.createdAt.toISOString(),
      }))
      .sort(
        byKeys(
          (a) => a.nominationKey,
          (a) => a.judgeEmail,
          (a) => String(a.round ?? 1).padStart(3, '0'),
        ),
      );
  },

  check({ bundle, index, problems }) {
    checkUnique(
      bundle.assignments,
      (a) => assignmentKey(a.nominationKey, a.judgeEmail, a.round),
      problems,
      (i) => ['assignments', i, 'judgeEmail'],
    );
    bundle.assignments.forEach((a, i) => {
      const at = (field: string) => ['assignments', i, field];
      const nomination = index.nominations.get(a.nominationKey);
      const judge = index.users.get(a.judgeEmail);
      if (!nomination) {
        problems.add(
          at('nominationKey'),
          'unknownReference',
          'no es una postulación del paquete',
          'is not a nomination of the bundle',
        );
      }
      if (!judge) {
        problems.add(
          at('judgeEmail'),
          'unknownReference',
          'no es un usuario del paquete',
          'is not a user of the bundle',
        );
      } else if (judge.role !== Role.JUDGE) {
        problems.add(
          at('judgeEmail'),
          'notAJudge',
          `tiene el rol ${judge.role}, no JUDGE`,
          `has the role ${judge.role}, not JUDGE`,
        );
      }
      if (a.status === AssignmentStatus.RECUSED) {
        if (isBlank(a.recusalReason)) {
          problems.add(
            at('recusalReason'),
            'required',
            'es obligatorio con el estado RECUSED',
            'is required with the status RECUSED',
          );
        }
        if (a.recusedAt === null) {
          problems.add(
            at('recusedAt'),
            'required',
            'es obligatoria con el estado RECUSED',
            'is required with the status RECUSED',
          );
        }
      }
      if (a.status !== AssignmentStatus.ACTIVE || !nomination || judge?.role !== Role.JUDGE) return;
      const panel = bundle.panels.find((p) => p.trackCode === nomination.trackCode);
      if (!panel?.members.some((m) => m.judgeEmail === a.judgeEmail && (m.round ?? 1) === (a.round ?? 1))) {
        problems.add(
          at('judgeEmail'),
          'notInPanel',
          `no forma parte del jurado de la convocatoria ${nomination.trackCode}`,
          `is not on the panel of the track ${nomination.trackCode}`,
        );
      }
      const reasons = conflictReasons(
        profile(bundle, index, a.judgeEmail, nomination.trackCode),
        {
          id: nomination.key,
          nominatingInstitutionId: nomination.nominatingInstitutionKey,
          nomineeInstitutionId: nomination.nomineeInstitutionKey,
          stateCode: nomination.stateCode,
        },
        nomination.trackCode,
      );
      if (reasons.length > 0) {
        problems.add(
          at('judgeEmail'),
          'conflictOfInterest',
          `asignación activa con conflicto de interés (${reasons.join(', ')})`,
          `active assignment with a conflict of interest (${reasons.join(', ')})`,
        );
      }
    });
  },

  async import(ctx) {
    const rows: AssignmentEntity[] = [];
    for (const a of ctx.bundle.assignments) {
      const nomination = ctx.rows.nominations.get(a.nominationKey)!;
      const row = ctx.m.create(AssignmentEntity, {
        id: randomUUID(),
        trackId: nomination.trackId,
        round: a.round ?? 1,
        nominationId: nomination.id,
        judgeId: ctx.rows.users.get(a.judgeEmail)!.id,
        status: a.status,
        recusalReason: a.recusalReason,
        recusedAt: instant(a.recusedAt),
        source: a.source,
        createdById: ctx.actor?.id ?? null,
        createdAt: instant(a.createdAt),
      });
      rows.push(row);
      ctx.rows.assignments.set(assignmentKey(a.nominationKey, a.judgeEmail, a.round), row.id);
    }
    await insertRows(ctx, AssignmentEntity, rows, 'assignments');
    ctx.counts.assignments = rows.length;
  },
};
