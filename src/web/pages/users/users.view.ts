import { invitationCan } from '../../../users/account-links';
import { InstitutionEntity } from '../../../database/schema/institution.entity';
import { Role, UserStatus } from '../../../database/schema/user.entity';
import { UserView } from '../../../users/user.presenter';
import { pageTemplate } from '../../page-template';

/** Accounts: list and filters, approval of pending nominators, the form to create one. */
export interface UsersView {
  users: UserView[];
  institutions: InstitutionEntity[];
  institutionName: (id: string | null) => string;
  roles: readonly Role[];
  userStatuses: readonly UserStatus[];
  filter: { role: string; status: string; q: string };
  can: { manage: boolean; seeEmails: boolean };
  /** What the viewer may do with an account's pending invitation (accounts module). */
  invitationCan: (account: UserView) => ReturnType<typeof invitationCan>;
}

export const USERS_PAGE = pageTemplate<UsersView>(__dirname, 'users');
