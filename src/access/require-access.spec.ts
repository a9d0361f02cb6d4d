import { Role } from '../database/schema/user.entity';
import { Permission, requireAccess } from './permissions';

describe('requireAccess', () => {
  it('lets a role holding the permission through, and the system (null) always', () => {
    expect(() => requireAccess({ role: Role.OBSERVER }, Permission.AUDIT_READ)).not.toThrow();
    expect(() => requireAccess(null, Permission.MAIL_MANAGE)).not.toThrow();
  });

  it('refuses a role without it with FORBIDDEN', () => {
    expect(() => requireAccess({ role: Role.JUDGE }, Permission.MAIL_MANAGE)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
});
