import { AuthUser } from '../access/auth-user';
import { Permission, roleCan } from '../access/permissions';
import { CommonErrors, notFound } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { Role } from '../database/schema/user.entity';
import { AssignmentStatus } from '../database/schema/assignment.entity';

/** What an actor wants to do with one assignment (and its score sheet). */
export type AssignmentAction = 'VIEW' | 'SCORE' | 'RECUSE' | 'REOPEN' | 'UNASSIGN';

/** What the policy needs to know of an assignment. */
export interface AssignmentFacts {
  readonly judgeId: string;
  readonly status: AssignmentStatus;
}

/**
 * The one access policy of judging. A judge acts only on its own ACTIVE assignments: anything else is
 * "not found" (404), so a judge cannot even learn that another assignment exists. Organisers view, recuse on
 * a judge's behalf, reopen and unassign; observers only view. A role that may never do the action gets 403.
 */
export function assignmentAccess(
  actor: AuthUser,
  assignment: AssignmentFacts | null,
  action: AssignmentAction,
): 'ALLOW' | 'FORBIDDEN' | 'NOT_FOUND' {
  const own =
    assignment !== null && assignment.judgeId === actor.id && assignment.status === AssignmentStatus.ACTIVE;
  const judging = roleCan(actor.role, Permission.JUDGING);
  const organiser: Record<AssignmentAction, Permission | null> = {
    VIEW: Permission.ASSIGNMENT_READ,
    SCORE: null,
    RECUSE: Permission.ASSIGNMENT_MANAGE,
    REOPEN: Permission.SCORE_SHEET_REOPEN,
    UNASSIGN: Permission.ASSIGNMENT_MANAGE,
  };
  const judgeMay = action === 'VIEW' || action === 'SCORE' || action === 'RECUSE';
  if (judging && judgeMay) return own ? 'ALLOW' : 'NOT_FOUND';
  const permission = organiser[action];
  if (!permission || !roleCan(actor.role, permission)) return 'FORBIDDEN';
  return assignment ? 'ALLOW' : 'NOT_FOUND';
}

/** Throws 404 or 403 unless the actor may do `action` on `assignment` (null: not there). */
export function assertAssignmentAccess<T extends AssignmentFacts>(
  actor: AuthUser,
  assignment: T | null,
  action: AssignmentAction,
): asserts assignment is T {
  const verdict = assignmentAccess(actor, assignment, action);
  if (verdict === 'FORBIDDEN') throw new DomainException(CommonErrors.FORBIDDEN);
  if (verdict === 'NOT_FOUND') throw notFound();
}

/** Observers see judges pseudonymised (J1, J2…) and no contact data. */
export function seesJudgesPseudonymised(actor: AuthUser): boolean {
  return actor.role === Role.OBSERVER;
}

/** Judges never see contact data; observers neither. */
export function seesContactData(actor: AuthUser): boolean {
  return actor.role === Role.ORGANISER;
}

/** What a viewer may do on a track's assignments page as a whole. */
export function assignmentsCan(actor: Pick<AuthUser, 'role'>): { assign: boolean } {
  return { assign: roleCan(actor.role, Permission.ASSIGNMENT_MANAGE) };
}
