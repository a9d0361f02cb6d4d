import { Role, UserStatus } from './user.entity';
import { userActions } from './user-actions';

const organiser = { id: 'o1', role: Role.ORGANISER };

describe('userActions: what the accounts page offers', () => {
  it('offers approve and reject (and disable) for a pending nominator', () => {
    expect(userActions(organiser, { id: 'u', status: UserStatus.PENDING })).toEqual({
      approve: true,
      reject: true,
      disable: true,
      enable: false,
    });
  });

  it('offers re-enabling only for a disabled account, nothing for a rejected one', () => {
    expect(userActions(organiser, { id: 'u', status: UserStatus.DISABLED })).toMatchObject({
      enable: true,
      disable: false,
    });
    expect(Object.values(userActions(organiser, { id: 'u', status: UserStatus.REJECTED }))).not.toContain(
      true,
    );
  });

  it('never offers disabling one’s own account', () => {
    expect(userActions(organiser, { id: 'o1', status: UserStatus.ACTIVE }).disable).toBe(false);
  });

  it('offers observers nothing', () => {
    const observer = { id: 'b', role: Role.OBSERVER };
    expect(Object.values(userActions(observer, { id: 'u', status: UserStatus.PENDING }))).not.toContain(true);
  });
});
