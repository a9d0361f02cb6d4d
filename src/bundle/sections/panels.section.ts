import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { DeclaredConflictEntity } from '../../database/schema/declared-conflict.entity';
import { PanelMemberEntity } from '../../database/schema/panel-member.entity';
import { Role } from '../../database/schema/user.entity';
import { BundlePanel } from '../format/bundle-format';
import { arrayOf, integer, ref, strictObject, string } from '../format/schema-parts';
import { insertRows } from './import-context';
import { BundleSection, byKeys, checkUnique, compareStrings, instant } from './section';

/**
 * One panel per track: its judges (by email) with their optional capacity, and the conflicts of interest
 * declared for them in the track, with one nomination or with an institution.
 */
export const panelsSection: BundleSection<'panels'> = {
  name: 'panels',
  schema: arrayOf(
    strictObject({
      trackCode: ref('trackCodeRef'),
      members: arrayOf(
        strictObject(
          {
            judgeEmail: ref('email'),
            capacity: { type: ['integer', 'null'], minimum: 1, maximum: 100000 },
            round: integer(2, 50),
          },
          ['round'],
        ),
      ),
      conflicts: arrayOf(
        strictObject({
          judgeEmail: ref('email'),
          nominationKey: { anyOf: [ref('keyRef'), { type: 'null' }] },
          institutionKey: ref('institutionKeyOrNull'),
          reason: string(2000, 1),
          createdAt: ref('instant'),
        }),
      ),
    }),
  ),

  async export(ctx): Promise<BundlePanel[]> {
    const trackIds = [...ctx.tracks.keys()];
    const members = trackIds.length ? await ctx.m.findBy(PanelMemberEntity, { trackId: In(trackIds) }) : [];
    const conflicts = trackIds.length
      ? await ctx.m.findBy(DeclaredConflictEntity, { trackId: In(trackIds) })
      : [];
    await ctx.referUsers([...members.map((p) => p.judgeId), ...conflicts.map((c) => c.judgeId)]);
    await ctx.referInstitutions(conflicts.map((c) => c.institutionId));
    return trackIds
      .map((trackId) => ({
        trackCode: ctx.trackCode(trackId),
        members: members
          .filter((p) => p.trackId === trackId)
          .map((p) => ({
            judgeEmail: ctx.userEmail(p.judgeId),
            capacity: p.capacity,
            ...(p.round > 1 ? { round: p.round } : {}),
          }))
          .sort(
            byKeys(
              (p) => String(p.round ?? 1).padStart(3, '0'),
              (p) => p.judgeEmail,
            ),
          ),
        conflicts: conflicts
          .filter((c) => c.trackId === trackId)
          .map((c) => ({
            judgeEmail: ctx.userEmail(c.judgeId),
            nominationKey: c.nominationId === null ? null : ctx.nominationKey(c.nominationId),
            institutionKey: ctx.institutionKeyOrNull(c.institutionId),
            reason: c.reason,
            createdAt: c.createdAt.toISOString(),
          }))
          .sort(
            byKeys(
              (c) => c.judgeEmail,
              (c) => c.nominationKey,
              (c) => c.institutionKey,
              (c) => c.createdAt,
              (c) => c.reason,
            ),
          ),
      }))
      .sort((a, b) => compareStrings(a.trackCode, b.trackCode));
  },

  check({ bundle, index, problems }) {
    checkUnique(
      bundle.panels,
      (p) => p.trackCode,
      problems,
      (i) => ['panels', i, 'trackCode'],
    );
    const judge = (email: string, path: (string | number)[]) => {
      const user = index.users.get(email);
      if (!user)
        problems.add(path, 'unknownReference', 'no es un usuario del paquete', 'is not a user of the bundle');
      else if (user.role !== Role.JUDGE)
        problems.add(
          path,
          'notAJudge',
          `tiene el rol ${user.role}, no JUDGE`,
          `has the role ${user.role}, not JUDGE`,
        );
    };
    bundle.panels.forEach((panel, i) => {
      if (!index.tracks.has(panel.trackCode)) {
        problems.add(
          ['panels', i, 'trackCode'],
          'unknownReference',
          'no es una convocatoria del paquete',
          'is not a track of the bundle',
        );
      }
      checkUnique(
        panel.members,
        (p) => `${p.judgeEmail}\u0000${p.round ?? 1}`,
        problems,
        (j) => ['panels', i, 'members', j, 'judgeEmail'],
      );
      panel.members.forEach((member, j) =>
        judge(member.judgeEmail, ['panels', i, 'members', j, 'judgeEmail']),
      );
      panel.conflicts.forEach((conflict, j) => {
        const at = (field: string) => ['panels', i, 'conflicts', j, field];
        judge(conflict.judgeEmail, at('judgeEmail'));
        if ((conflict.nominationKey === null) === (conflict.institutionKey === null)) {
          problems.add(
            at('nominationKey'),
            'exactlyOne',
            'indique nominationKey o institutionKey, no ambos',
            'give either nominationKey or institutionKey, not both',
          );
        }
        if (conflict.nominationKey !== null) {
          const nomination = index.nominations.get(conflict.nominationKey);
          if (!nomination) {
            problems.add(
              at('nominationKey'),
              'unknownReference',
              'no es una postulación del paquete',
              'is not a nomination of the bundle',
            );
          } else if (nomination.trackCode !== panel.trackCode && index.tracks.has(nomination.trackCode)) {
            problems.add(
              at('nominationKey'),
              'otherTrack',
              `la postulación es de la convocatoria ${nomination.trackCode}`,
              `the nomination belongs to the track ${nomination.trackCode}`,
            );
          }
        }
        if (conflict.institutionKey !== null && !index.institutions.has(conflict.institutionKey)) {
          problems.add(
            at('institutionKey'),
            'unknownReference',
            'no es una institución del paquete',
            'is not an institution of the bundle',
          );
        }
      });
    });
  },

  async import(ctx) {
    const members: PanelMemberEntity[] = [];
    const conflicts: DeclaredConflictEntity[] = [];
    for (const panel of ctx.bundle.panels) {
      const trackId = ctx.rows.tracks.get(panel.trackCode)!.id;
      for (const p of panel.members) {
        members.push(
          ctx.m.create(PanelMemberEntity, {
            id: randomUUID(),
            trackId,
            round: p.round ?? 1,
            judgeId: ctx.rows.users.get(p.judgeEmail)!.id,
            capacity: p.capacity,
            createdAt: ctx.now,
          }),
        );
      }
      for (const c of panel.conflicts) {
        conflicts.push(
          ctx.m.create(DeclaredConflictEntity, {
            id: randomUUID(),
            trackId,
            judgeId: ctx.rows.users.get(c.judgeEmail)!.id,
            nominationId: c.nominationKey === null ? null : ctx.rows.nominations.get(c.nominationKey)!.id,
            institutionId: c.institutionKey === null ? null : ctx.rows.institutions.get(c.institutionKey)!.id,
            reason: c.reason,
            createdById: ctx.actor?.id ?? null,
            createdAt: instant(c.createdAt),
          }),
        );
      }
    }
    await insertRows(ctx, PanelMemberEntity, members, 'panel members');
    await insertRows(ctx, DeclaredConflictEntity, conflicts, 'declared conflicts');
    ctx.counts.panelMembers = members.length;
    ctx.counts.declaredConflicts = conflicts.length;
  },
};
