import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { isStateCode } from '../../catalog/states';
import { JudgeAffiliationEntity } from '../../database/schema/judge-affiliation.entity';
import { Role, UserEntity, UserStatus } from '../../database/schema/user.entity';
import { BundleAffiliation, BundleUser } from '../format/bundle-format';
import { arrayOf, ref, strictObject, string } from '../format/schema-parts';
import { chunks } from './export-context';
import { insertRows } from './import-context';
import { BundleSection, byKeys, checkUnique } from './section';

const affiliationSchema = strictObject({
  institutionKey: ref('institutionKeyOrNull'),
  stateCode: ref('stateCodeOrNull'),
});

/**
 * Every user the edition's rows refer to (nomination authors, panel judges…), keyed by email, judges with
 * their affiliations. Never a password hash or a token version: an imported user that does not exist yet is
 * created without a password (and with the bundle's affiliations) and must be given one by an organiser
 * (POST /api/users/:id/password). An existing user (same email, same role) is reused as stored.
 */
export const usersSection: BundleSection<'users'> = {
  name: 'users',
  schema: arrayOf(
    strictObject({
      email: ref('email'),
      name: string(200, 1),
      role: { type: 'string', enum: Object.values(Role).sort() },
      status: { type: 'string', enum: Object.values(UserStatus).sort() },
      institutionKey: ref('institutionKeyOrNull'),
      affiliations: arrayOf(affiliationSchema, 50),
    }),
  ),

  async export(ctx): Promise<BundleUser[]> {
    const users = [...ctx.users.values()];
    const affiliations: JudgeAffiliationEntity[] = [];
    for (const chunk of chunks(users.filter((u) => u.role === Role.JUDGE).map((u) => u.id))) {
      affiliations.push(...(await ctx.m.findBy(JudgeAffiliationEntity, { userId: In(chunk) })));
    }
    await ctx.referInstitutions([
      ...users.map((u) => u.institutionId),
      ...affiliations.map((a) => a.institutionId),
    ]);
    return users
      .map((u) => ({
        email: u.email,
        name: u.name,
        role: u.role,
        status: u.status,
        institutionKey: ctx.institutionKeyOrNull(u.institutionId),
        affiliations: affiliations
          .filter((a) => a.userId === u.id)
          .map((a): BundleAffiliation => ({
            institutionKey: ctx.institutionKeyOrNull(a.institutionId),
            stateCode: a.stateCode,
          }))
          .sort(
            byKeys(
              (a) => a.institutionKey,
              (a) => a.stateCode,
            ),
          ),
      }))
      .sort(byKeys((u) => u.email));
  },

  check({ bundle, index, problems }) {
    checkUnique(
      bundle.users,
      (u) => u.email,
      problems,
      (i) => ['users', i, 'email'],
    );
    bundle.users.forEach((user, i) => {
      if (user.email !== user.email.trim().toLowerCase()) {
        problems.add(['users', i, 'email'], 'lowerCase', 'debe estar en minúsculas', 'must be in lower case');
      }
      if (user.role === Role.NOMINATOR && user.institutionKey === null) {
        problems.add(
          ['users', i, 'institutionKey'],
          'required',
          'es obligatoria para quien postula',
          'is required for a nominator',
        );
      }
      if (user.institutionKey !== null && !index.institutions.has(user.institutionKey)) {
        problems.add(
          ['users', i, 'institutionKey'],
          'unknownReference',
          'no es una institución del paquete',
          'is not an institution of the bundle',
        );
      }
      if (user.affiliations.length > 0 && user.role !== Role.JUDGE) {
        problems.add(
          ['users', i, 'affiliations'],
          'notAJudge',
          'solo los jurados tienen afiliaciones',
          'only judges have affiliations',
        );
      }
      checkUnique(
        user.affiliations,
        (a) => `${a.institutionKey ?? ''}|${a.stateCode ?? ''}`,
        problems,
        (j) => ['users', i, 'affiliations', j],
      );
      user.affiliations.forEach((a, j) => {
        const at = (...field: string[]) => ['users', i, 'affiliations', j, ...field];
        if (a.institutionKey === null && a.stateCode === null) {
          problems.add(
            at(),
            'required',
            'indique una institución, un estado o ambos',
            'give an institution, a state or both',
          );
        }
        if (a.institutionKey !== null && !index.institutions.has(a.institutionKey)) {
          problems.add(
            at('institutionKey'),
            'unknownReference',
            'no es una institución del paquete',
            'is not an institution of the bundle',
          );
        }
        if (a.stateCode !== null && !isStateCode(a.stateCode)) {
          problems.add(
            at('stateCode'),
            'stateCode',
            'no es una clave INEGI de entidad',
            'is not an INEGI state code',
          );
        }
      });
    });
  },

  async checkStored(ctx, problems) {
    for (const [i, user] of ctx.bundle.users.entries()) {
      const stored = await ctx.m.findOneBy(UserEntity, { email: user.email });
      if (stored && stored.role !== user.role) {
        problems.add(
          ['users', i, 'role'],
          'roleConflict',
          `la cuenta ${user.email} ya existe con el rol ${stored.role}`,
          `the account ${user.email} already exists with the role ${stored.role}`,
        );
      }
    }
  },

  async import(ctx) {
    let created = 0;
    const affiliations: JudgeAffiliationEntity[] = [];
    for (const u of ctx.bundle.users) {
      let user = await ctx.m.findOneBy(UserEntity, { email: u.email });
      if (!user) {
        user = await ctx.services.users.insert(ctx.m, {
          email: u.email,
          name: u.name,
          role: u.role,
          status: u.status,
          institutionId: u.institutionKey === null ? null : ctx.rows.institutions.get(u.institutionKey)!.id,
        });
        await ctx.services.audit.append(
          ctx.m,
          ctx.actor,
          'user.create',
          { type: 'user', id: user.id },
          null,
          user,
        );
        created++;
        for (const a of u.affiliations) {
          affiliations.push(
            ctx.m.create(JudgeAffiliationEntity, {
              id: randomUUID(),
              userId: user.id,
              institutionId:
                a.institutionKey === null ? null : ctx.rows.institutions.get(a.institutionKey)!.id,
              stateCode: a.stateCode,
              createdAt: ctx.now,
            }),
          );
        }
      }
      ctx.rows.users.set(u.email, user);
    }
    await insertRows(ctx, JudgeAffiliationEntity, affiliations, 'affiliations');
    ctx.counts.affiliations = affiliations.length;
    ctx.counts.usersCreated = created;
    ctx.counts.usersMatched = ctx.bundle.users.length - created;
  },
};
