import { EntityManager, In } from 'typeorm';
import { AccountTokenEntity } from '../database/schema/account-token.entity';
import { NominationEntity } from '../database/schema/nomination.entity';
import { UserEntity, UserStatus } from '../database/schema/user.entity';

/** What erased personal data is replaced with where a value must remain (docs/privacy.md). */
export const ERASED_NAME = 'Dato suprimido';
export const ERASED_CONTACT = 'suprimido@invalid.invalid';
export const ERASED_ACCOUNT_NAME = 'Cuenta suprimida';
export const ERASED_TEXT = '[Dato suprimido a solicitud de su titular]';

/** Erases the contact person of these nominations; the nominations themselves stay (sealed results name them). */
export async function eraseContacts(m: EntityManager, nominationIds: string[]): Promise<void> {
  if (nominationIds.length === 0) return;
  await m.update(
    NominationEntity,
    { id: In(nominationIds) },
    { contactName: ERASED_NAME, contactEmail: ERASED_CONTACT, contactPhone: null },
  );
}

/**
 * Anonymises and disables an account, keeping its id (assignments, sheets and seals refer to it): another name,
 * an address that cannot receive mail and stays unique, no password, its sessions and links revoked.
 */
export async function anonymiseAccount(m: EntityManager, user: UserEntity, now: Date): Promise<void> {
  await m.update(
    UserEntity,
    { id: user.id },
    {
      name: ERASED_ACCOUNT_NAME,
      email: `suprimida-${user.id}@invalid.invalid`,
      passwordHash: null,
      status: UserStatus.DISABLED,
      rejectionReason: null,
      tokenVersion: user.tokenVersion + 1,
      updatedAt: now,
    },
  );
  await m.delete(AccountTokenEntity, { userId: user.id });
}
