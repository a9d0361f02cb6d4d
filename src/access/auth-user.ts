import { Role, UserEntity, UserStatus } from '../database/schema/user.entity';

/** The authenticated actor every service method receives first. */
export interface AuthUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly status: UserStatus;
  readonly institutionId: string | null;
}

export function toAuthUser(user: UserEntity): AuthUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.status,
    institutionId: user.institutionId,
  };
}
