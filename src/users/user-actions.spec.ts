import { Role, UserStatus } from '../database/schema/user.entity';
import { userActions } from './user-actions';

const organiser = { id: 'o1', role: Role.ORGANISER };

describe('userActions: what the accounts page offers', () => {
  it('offers approve and reject (and disable) for a pending nominator', () => {
    expect(userActions(organiser, { id: 'u', status: UserStatus.PENDING })).toEqual({
      approve: true,
      reject: true,
      disable: true,
      enable: false,
      exportData: true,
      rectify: true,
      erase: true,
    });
  });

  it('offers re-enabling only for a disabled account, nothing but the rights over their data for a rejected one', () => {
    expect(userActions(organiser, { id: 'u', status: UserStatus.DISABLED })).toMatchObject({
      enable: true,
      disable: false,
    });
    const { exportData, rectify, erase, ...rest } = userActions(organiser, {
      id: 'u',
      status: UserStatus.REJECTED,
    });
    expect(Object.values(rest)).not.toContain(true);
    // A rejected applicant may still ask what is held about them, have it corrected or erased.
    expect([exportData, rectify, erase]).toEqual([true, true, true]);
  });

  it('never offers disabling or erasing one’s own account', () => {
    expect(userActions(organiser, { id: 'o1', status: UserStatus.ACTIVE })).toMatchObject({
      disable: false,
      erase: false,
      rectify: true,
    });
  });

  it('offers observers nothing', () => {
    const observer = { id: 'b', role: Role.OBSERVER };
    expect(Object.values(userActions(observer, { id: 'u', status: UserStatus.PENDING }))).not.toContain(true);
  });
});
