import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { findById } from '../database/find-by-id';
import { TransactionRunner } from '../database/transaction-runner';
import { PasswordHasher } from './password-hasher';
import { Role, UserEntity, UserStatus } from '../database/schema/user.entity';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  status?: UserStatus;
  password?: string;
  institutionId?: string | null;
  language?: 'es' | 'en';
}

/** Active accounts, and pending nominators (who may only read their own account until approved). */
export function canSignIn(status: UserStatus): boolean {
  return status === UserStatus.ACTIVE || status === UserStatus.PENDING;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  /** Builds and stores a user inside the caller's transaction. */
  async insert(manager: EntityManager, input: NewUser): Promise<UserEntity> {
    const now = this.clock.now();
    const user = manager.create(UserEntity, {
      id: randomUUID(),
      email: input.email.trim().toLowerCase(),
      name: input.name.trim(),
      role: input.role,
      status: input.status ?? UserStatus.ACTIVE,
      passwordHash: input.password ? await this.hasher.hash(input.password) : null,
      tokenVersion: 0,
      createdAt: now,
      updatedAt: now,
      institutionId: input.institutionId ?? null,
      language: input.language ?? 'es',
    });
    return manager.save(user);
  }

  /** The user behind valid credentials, or null. Disabled and rejected accounts cannot sign in. */
  async verifyCredentials(email: string, password: string): Promise<UserEntity | null> {
    const user = await this.db.read((m) => m.findOneBy(UserEntity, { email: email.trim().toLowerCase() }));
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !ok || !canSignIn(user.status)) return null;
    return user;
  }

  /** The user a token names, if the token's version is still current and the account may sign in. */
  async findForToken(id: string, tokenVersion: number): Promise<UserEntity | null> {
    // Every signed-in request comes here (JwtStrategy): findById skips TypeORM's query building (find-by-id.ts).
    const user = await this.db.read((m) => findById(m, UserEntity, id));
    if (!user || user.tokenVersion !== tokenVersion || !canSignIn(user.status)) return null;
    return user;
  }

  /** Invalidates every outstanding token of the user. */
  async revokeTokens(manager: EntityManager, userId: string): Promise<void> {
    await manager.increment(UserEntity, { id: userId }, 'tokenVersion', 1);
  }
}
