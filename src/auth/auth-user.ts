import { Role, UserStatus } from '../users/user.entity';

/** The authenticated actor every service method receives first. */
export interface AuthUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly status: UserStatus;
  readonly institutionId: string | null;
}
