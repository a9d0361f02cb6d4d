import { AuthUser } from '../access/auth-user';
import { Role, UserEntity } from '../database/schema/user.entity';

export interface UserView {
  id: string;
  email?: string;
  name: string;
  role: Role;
  status: string;
  institutionId: string | null;
  /** False while an invited person has not set a password yet (the invitation can be re-sent or revoked). */
  passwordSet: boolean;
  /** Why a registration was rejected (REJECTED accounts). */
  rejectionReason: string | null;
  createdAt: Date;
  /** Set when the viewer (an observer) sees this judge under its label only: `id` and `name` are the label. */
  pseudonymised?: true;
}

/**
 * What a viewer may see of a user: never the password hash or token version; observers get no contact data
 * and see judges under their pseudonym (J1, J2… in order of judge id) instead of their names and ids: the
 * label is the judge's id for them, so no real id sits next to a pseudonym (issue 19, class 14).
 */
export function presentUser(
  user: UserEntity,
  actor: Pick<AuthUser, 'role'>,
  judgePseudonyms?: Map<string, string>,
): UserView {
  const view: UserView = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.status,
    institutionId: user.institutionId,
    passwordSet: user.passwordHash !== null,
    rejectionReason: user.rejectionReason,
    createdAt: user.createdAt,
  };
  if (actor.role === Role.OBSERVER) {
    delete view.email;
    if (user.role === Role.JUDGE) {
      const label = judgePseudonyms?.get(user.id) ?? 'J?';
      view.id = label;
      view.name = label;
      view.pseudonymised = true;
    }
  }
  return view;
}
