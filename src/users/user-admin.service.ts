import { Permission, requireAccess } from '../access/permissions';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock/clock';
import { notFound } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { matchesText } from '../common/text/fold';
import { TransactionRunner } from '../database/transaction-runner';
import { InstitutionEntity } from '../database/schema/institution.entity';
import { InstitutionsService } from '../institutions/institutions.service';
import { AccountLinks } from './account-links';
import { AccountTokenPurpose } from '../database/schema/account-token.entity';
import { Language } from '../common/i18n/language';
import {
  ChangePasswordDto,
  CreateUserDto,
  PasswordField,
  RectifyUserDto,
  RegisterNominatorDto,
  RejectUserDto,
  UserQueryDto,
} from './dto/user.dto';
import { assertAccountMayLeave } from './organiser-guard';
import { PasswordHasher } from './password-hasher';
import { InitialPasswordFile } from './initial-password-file';
import { observerJudgePseudonyms } from '../database/judge-pseudonyms';
import { presentUser, UserView } from './user.presenter';
import { Role, UserEntity, UserStatus } from '../database/schema/user.entity';
import { UserErrors } from './users.errors';
import { canSignIn, UsersService } from './users.service';

/** Registration and the organiser's management of accounts. */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly users: UsersService,
    private readonly institutions: InstitutionsService,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly links: AccountLinks,
    private readonly initialPassword: InitialPasswordFile,
  ) {}

  /** A nominator registers against an institution and waits, PENDING, for an organiser's approval. */
  async register(dto: RegisterNominatorDto, language: Language = 'es'): Promise<UserView> {
    if (!dto.institutionId && !dto.institution) throw new DomainException(UserErrors.INSTITUTION_REQUIRED);
    const user = await this.db.transaction(async (m) => {
      await this.assertEmailFree(m, dto.email);
      const institution = dto.institutionId
        ? await m.findOneBy(InstitutionEntity, { id: dto.institutionId })
        : await this.institutions.findOrInsert(m, null, dto.institution!, { listed: false });
      if (!institution) throw new DomainException(UserErrors.INSTITUTION_NOT_FOUND);
      const created = await this.users.insert(m, {
        email: dto.email,
        name: dto.name,
        role: Role.NOMINATOR,
        status: UserStatus.PENDING,
        password: dto.password,
        institutionId: institution.id,
        language: dto.language ?? language,
      });
      await this.audit.append(m, null, 'user.register', { type: 'user', id: created.id }, null, created);
      return created;
    });
    return presentUser(user, user);
  }

  /** Observers' views hide e-mails and judges' names, so the text search runs on what the viewer sees. */
  async list(actor: AuthUser, query: UserQueryDto): Promise<UserView[]> {
    requireAccess(actor, Permission.USER_READ);
    const { users, pseudonyms } = await this.db.read(async (m) => ({
      users: await m.find(UserEntity, {
        // TypeORM 1.x refuses undefined values in a where condition: only the filters given.
        where: {
          ...(query.role ? { role: query.role } : {}),
          ...(query.status ? { status: query.status } : {}),
        },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      // Over every judge, not the filtered ones: a judge keeps its label whatever the filter.
      pseudonyms: await observerJudgePseudonyms(m),
    }));
    return users
      .map((u) => presentUser(u, actor, pseudonyms))
      .filter((view) => matchesText(query.q, view.name, view.email));
  }

  /** One account as `auth` may see it (observers: no e-mail, judges as J1…); 404 when there is none. */
  async get(actor: AuthUser, id: string): Promise<UserView> {
    const found = (await this.list(actor, {})).find((u) => u.id === id);
    if (!found) throw notFound();
    return found;
  }

  /**
   * An organiser creates an account; `auth` is null when the CLI does it (recorded as a system action). Without a
   * password the person is invited: a single-use link to set one is mailed in the same transaction.
   */
  async create(actor: AuthUser | null, dto: CreateUserDto): Promise<UserView> {
    if (actor) requireAccess(actor, Permission.USER_MANAGE);
    const user = await this.db.transaction(async (m) => {
      await this.assertEmailFree(m, dto.email);
      if (dto.role === Role.NOMINATOR && !dto.institutionId)
        throw new DomainException(UserErrors.INSTITUTION_REQUIRED);
      if (dto.institutionId && !(await m.existsBy(InstitutionEntity, { id: dto.institutionId }))) {
        throw new DomainException(UserErrors.INSTITUTION_NOT_FOUND);
      }
      const created = await this.users.insert(m, { ...dto, institutionId: dto.institutionId ?? null });
      await this.audit.append(m, actor, 'user.create', { type: 'user', id: created.id }, null, created);
      if (!dto.password)
        await this.links.issue(m, created, AccountTokenPurpose.INVITATION, actor?.id ?? null);
      return created;
    });
    return presentUser(user, actor ?? { role: Role.ORGANISER });
  }

  approve(actor: AuthUser, id: string): Promise<UserView> {
    return this.changeStatus(actor, id, 'user.approve', (user) => {
      if (user.status !== UserStatus.PENDING) throw new DomainException(UserErrors.NOT_PENDING);
      return UserStatus.ACTIVE;
    });
  }

  /** A pending nominator turned down: it can no longer sign in; the reason is kept on the account. */
  reject(actor: AuthUser, id: string, dto: RejectUserDto): Promise<UserView> {
    const reason = dto.reason.trim();
    return this.changeStatus(
      actor,
      id,
      'user.reject',
      (user) => {
        if (user.status !== UserStatus.PENDING) throw new DomainException(UserErrors.NOT_PENDING);
        return UserStatus.REJECTED;
      },
      { rejectionReason: reason },
    );
  }

  disable(actor: AuthUser, id: string): Promise<UserView> {
    return this.changeStatus(actor, id, 'user.disable', () => UserStatus.DISABLED);
  }

  /** A disabled account works again; tokens revoked when it was disabled stay revoked (sign in again). */
  enable(actor: AuthUser, id: string): Promise<UserView> {
    return this.changeStatus(actor, id, 'user.enable', (user) => {
      if (user.status !== UserStatus.DISABLED) throw new DomainException(UserErrors.NOT_DISABLED);
      return UserStatus.ACTIVE;
    });
  }

  /** An organiser sets a password (imported users arrive without one); the user's tokens are revoked. */
  async setPassword(actor: AuthUser, id: string, dto: PasswordField): Promise<void> {
    requireAccess(actor, Permission.USER_MANAGE);
    const email = await this.db.transaction(async (m) => {
      const user = await m.findOneBy(UserEntity, { id });
      if (!user) throw notFound();
      await m.update(
        UserEntity,
        { id },
        { passwordHash: await this.hasher.hash(dto.password), updatedAt: this.clock.now() },
      );
      await this.users.revokeTokens(m, id);
      await this.audit.append(m, actor, 'user.setPassword', { type: 'user', id }, null, null);
      return user.email;
    });
    this.initialPassword.forget(email);
  }

  async changeOwnPassword(actor: AuthUser, dto: ChangePasswordDto): Promise<void> {
    requireAccess(actor, Permission.SELF);
    const current = await this.db.read((m) => m.findOneBy(UserEntity, { id: actor.id }));
    if (!current || !(await this.hasher.verify(current.passwordHash, dto.currentPassword))) {
      throw new DomainException(UserErrors.WRONG_PASSWORD);
    }
    const passwordHash = await this.hasher.hash(dto.newPassword);
    await this.db.transaction(async (m) => {
      await m.update(UserEntity, { id: actor.id }, { passwordHash, updatedAt: this.clock.now() });
      await this.users.revokeTokens(m, actor.id);
      await this.audit.append(m, actor, 'user.changePassword', { type: 'user', id: actor.id }, null, null);
    });
    this.initialPassword.forget(current.email);
  }

  private async changeStatus(
    actor: AuthUser,
    id: string,
    action: string,
    next: (user: UserEntity) => UserStatus,
    extra: Partial<Pick<UserEntity, 'rejectionReason'>> = {},
  ): Promise<UserView> {
    const user = await this.db.transaction(async (m) => {
      const before = await m.findOneBy(UserEntity, { id });
      if (!before) throw notFound();
      const status = next(before);
      if (!canSignIn(status) && canSignIn(before.status)) {
        await assertAccountMayLeave(this.db, m, actor, before, 'DISABLE');
      }
      await m.update(UserEntity, { id }, { status, ...extra, updatedAt: this.clock.now() });
      if (!canSignIn(status)) await this.users.revokeTokens(m, id);
      // An organiser approving a nominator vouches for its institution: a self-registered one is listed now.
      if (status === UserStatus.ACTIVE && before.role === Role.NOMINATOR && before.institutionId) {
        await this.institutions.listPublicly(m, actor, before.institutionId);
      }
      const after = await m.findOneByOrFail(UserEntity, { id });
      await this.audit.append(
        m,
        actor,
        action,
        { type: 'user', id },
        { status: before.status },
        { status, ...extra },
      );
      return after;
    });
    return presentUser(user, actor);
  }

  /** Rectification: an organiser corrects a person's name or address (a right of the person, docs/privacy.md). */
  async rectify(actor: AuthUser, id: string, dto: RectifyUserDto): Promise<UserView> {
    const user = await this.db.transaction((m) => this.rectifyIn(m, actor, id, dto));
    return presentUser(user, actor);
  }

  /** The rectification inside the caller's transaction (an ARCO answer carries it out with the answer). */
  async rectifyIn(m: EntityManager, actor: AuthUser, id: string, dto: RectifyUserDto): Promise<UserEntity> {
    const before = await m.findOneBy(UserEntity, { id });
    if (!before) throw notFound();
    const changes: Partial<Pick<UserEntity, 'name' | 'email'>> = {};
    if (dto.name !== undefined && dto.name !== before.name) changes.name = dto.name;
    const email = dto.email?.trim().toLowerCase();
    if (email !== undefined && email !== before.email) {
      await this.assertEmailFree(m, email);
      changes.email = email;
    }
    if (Object.keys(changes).length === 0) return before;
    await m.update(UserEntity, { id }, { ...changes, updatedAt: this.clock.now() });
    const previous = { name: before.name, email: before.email };
    const shown = Object.fromEntries(
      Object.keys(changes).map((k) => [k, previous[k as keyof typeof previous]]),
    );
    await this.audit.append(m, actor, 'user.rectify', { type: 'user', id }, shown, changes);
    return m.findOneByOrFail(UserEntity, { id });
  }

  private async assertEmailFree(m: EntityManager, email: string): Promise<void> {
    if (await m.existsBy(UserEntity, { email: email.trim().toLowerCase() })) {
      throw new DomainException(UserErrors.EMAIL_TAKEN);
    }
  }
}
