import { assignJudges } from './assign-judges';
import type { PanelJudge } from './assignment.types';

const judge = (id: string, extra: Partial<PanelJudge> = {}): PanelJudge => ({
  id,
  affiliations: [],
  ...extra,
});
const nomination = (id: string) => ({ id, nominatingInstitutionId: `inst-${id}` });

describe(assignJudges.name, () => {
  describe('existing assignments and excluded pairs', () => {
    it('replaces a recused judge with another one, never with the one who recused', () => {
      // j1 recused from n1: the organiser passes j2's active assignment and excludes (j1, n1).
      const plan = assignJudges({
        trackCode: 'FEDERAL_PROACTIVE',
        judgesPerNomination: 2,
        nominations: [nomination('n1')],
        judges: [judge('j1'), judge('j2'), judge('j3')],
        existingAssignments: [{ judgeId: 'j2', nominationId: 'n1' }],
        excludedPairs: [{ judgeId: 'j1', nominationId: 'n1' }],
      });
      expect(plan.newAssignments).toEqual([{ judgeId: 'j3', nominationId: 'n1' }]);
      expect(plan.unassigned).toEqual([]);
    });

    it('adds nothing to a nomination that already has k judges or more', () => {
      const plan = assignJudges({
        trackCode: 'FEDERAL_PROACTIVE',
        judgesPerNomination: 1,
        nominations: [nomination('n1')],
        judges: [judge('j1'), judge('j2'), judge('j3')],
        existingAssignments: [
          { judgeId: 'j1', nominationId: 'n1' },
          { judgeId: 'j2', nominationId: 'n1' },
        ],
      });
      expect(plan.newAssignments).toEqual([]);
      expect(plan.summary.filledSlots).toBe(1);
    });

    it('counts existing work toward loads, so new work goes to the less busy judges', () => {
      const plan = assignJudges({
        trackCode: 'FEDERAL_PROACTIVE',
        judgesPerNomination: 1,
        nominations: [nomination('n1'), nomination('n2'), nomination('n3')],
        judges: [judge('j1'), judge('j2')],
        // j1 already scores three nominations of another batch that is not being assigned now.
        existingAssignments: [
          { judgeId: 'j1', nominationId: 'old-1' },
          { judgeId: 'j1', nominationId: 'old-2' },
          { judgeId: 'j1', nominationId: 'old-3' },
        ],
      });
      expect(plan.loads).toEqual([
        { judgeId: 'j1', existing: 3, added: 0, total: 3, capacity: null },
        { judgeId: 'j2', existing: 0, added: 3, total: 3, capacity: null },
      ]);
    });

    it('keeps an existing assignment that is now conflicted, and reports it', () => {
      const plan = assignJudges({
        trackCode: 'FEDERAL_PROACTIVE',
        judgesPerNomination: 1,
        nominations: [nomination('n1')],
        judges: [judge('j1', { declaredConflicts: { nominationIds: ['n1'] } }), judge('j2')],
        existingAssignments: [{ judgeId: 'j1', nominationId: 'n1' }],
      });
      expect(plan.newAssignments).toEqual([]);
      expect(plan.conflictingExisting).toEqual([
        { judgeId: 'j1', nominationId: 'n1', reasons: ['DECLARED'] },
      ]);
    });

    it('never goes above a capacity, even one already exceeded by existing work', () => {
      const plan = assignJudges({
        trackCode: 'FEDERAL_PROACTIVE',
        judgesPerNomination: 1,
        nominations: [nomination('n1'), nomination('n2')],
        judges: [judge('j1', { capacity: 1 }), judge('j2', { capacity: 1 })],
        existingAssignments: [
          { judgeId: 'j1', nominationId: 'old-1' },
          { judgeId: 'j1', nominationId: 'old-2' },
        ],
      });
      expect(plan.newAssignments).toEqual([{ judgeId: 'j2', nominationId: 'n1' }]);
      expect(plan.loads.map((l) => l.total)).toEqual([2, 1]);
      expect(plan.unassigned.map((u) => [u.nominationId, u.reason])).toEqual([['n2', 'CAPACITY_EXHAUSTED']]);
    });
  });
});
