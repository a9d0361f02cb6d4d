import { assignJudges } from './assign-judges';
import type { AssignmentInput, PanelJudge } from './assignment.types';

const judge = (id: string, extra: Partial<PanelJudge> = {}): PanelJudge => ({
  id,
  affiliations: [],
  ...extra,
});

describe(assignJudges.name, () => {
  describe('the unassigned report', () => {
    it('is empty when every nomination gets k judges', () => {
      const plan = assignJudges({
        trackCode: 'FEDERAL_PROACTIVE',
        judgesPerNomination: 2,
        nominations: [
          { id: 'n1', nominatingInstitutionId: 'a' },
          { id: 'n2', nominatingInstitutionId: 'b' },
        ],
        judges: [judge('j1'), judge('j2'), judge('j3')],
      });
      expect(plan.unassigned).toEqual([]);
      expect(plan.summary).toMatchObject({ requiredSlots: 4, filledSlots: 4, addedAssignments: 4 });
    });

    it('names NOT_ENOUGH_ELIGIBLE_JUDGES when too few judges are free of conflict, with their count', () => {
      const input: AssignmentInput = {
        trackCode: 'LOCAL_OPEN_GOV',
        judgesPerNomination: 3,
        nominations: [{ id: 'oax-1', nominatingInstitutionId: 'stl-oax', stateCode: '20' }],
        judges: [
          judge('j1', { affiliations: [{ stateCode: '20' }] }),
          judge('j2', { affiliations: [{ institutionId: 'stl-oax' }] }),
          judge('j3'),
          judge('j4'),
        ],
      };
      const plan = assignJudges(input);
      expect(plan.newAssignments).toEqual([
        { judgeId: 'j3', nominationId: 'oax-1' },
        { judgeId: 'j4', nominationId: 'oax-1' },
      ]);
      expect(plan.unassigned).toEqual([
        {
          nominationId: 'oax-1',
          required: 3,
          assigned: 2,
          missing: 1,
          reason: 'NOT_ENOUGH_ELIGIBLE_JUDGES',
          conflictFreeJudges: 2,
          eligibleJudges: 2,
        },
      ]);
    });

    it('counts a recusal against eligibility, not against conflict-freedom', () => {
      const plan = assignJudges({
        trackCode: 'FEDERAL_PROACTIVE',
        judgesPerNomination: 2,
        nominations: [{ id: 'n1', nominatingInstitutionId: 'a' }],
        judges: [judge('j1'), judge('j2')],
        excludedPairs: [{ judgeId: 'j2', nominationId: 'n1' }],
      });
      expect(plan.unassigned).toEqual([
        expect.objectContaining({
          reason: 'NOT_ENOUGH_ELIGIBLE_JUDGES',
          conflictFreeJudges: 2,
          eligibleJudges: 1,
        }),
      ]);
    });

    it('names CAPACITY_EXHAUSTED when eligible judges exist but are full', () => {
      const plan = assignJudges({
        trackCode: 'FEDERAL_PROACTIVE',
        judgesPerNomination: 1,
        nominations: [
          { id: 'n1', nominatingInstitutionId: 'a' },
          { id: 'n2', nominatingInstitutionId: 'a' },
          { id: 'n3', nominatingInstitutionId: 'a' },
        ],
        judges: [judge('j1', { capacity: 1 }), judge('j2', { capacity: 1 })],
      });
      expect(plan.newAssignments).toHaveLength(2);
      expect(plan.unassigned).toEqual([
        {
          nominationId: 'n3',
          required: 1,
          assigned: 0,
          missing: 1,
          reason: 'CAPACITY_EXHAUSTED',
          conflictFreeJudges: 2,
          eligibleJudges: 2,
        },
      ]);
      expect(plan.summary).toMatchObject({ requiredSlots: 3, filledSlots: 2 });
    });

    it('leaves short the nomination that must be left short, not one that had other options', () => {
      // n1 may only have j1; n2 may have j1 or j2; j1 and j2 can take one each. A greedy pass that gave j1 to
      // n2 first would leave n1 empty; the maximum assignment staffs both.
      const plan = assignJudges({
        trackCode: 'FEDERAL_PROACTIVE',
        judgesPerNomination: 1,
        nominations: [
          { id: 'n1', nominatingInstitutionId: 'a' },
          { id: 'n2', nominatingInstitutionId: 'b' },
          { id: 'n3', nominatingInstitutionId: 'b' },
        ],
        judges: [
          judge('j1', { capacity: 1 }),
          judge('j2', { capacity: 1, affiliations: [{ institutionId: 'a' }] }),
        ],
      });
      expect(plan.newAssignments).toContainEqual({ judgeId: 'j1', nominationId: 'n1' });
      expect(plan.newAssignments).toHaveLength(2);
      expect(plan.unassigned.map((entry) => entry.reason)).toEqual(['CAPACITY_EXHAUSTED']);
    });

    it('counts existing assignments toward k', () => {
      const plan = assignJudges({
        trackCode: 'FEDERAL_PROACTIVE',
        judgesPerNomination: 3,
        nominations: [{ id: 'n1', nominatingInstitutionId: 'a' }],
        judges: [judge('j1'), judge('j2')],
        existingAssignments: [{ judgeId: 'j1', nominationId: 'n1' }],
      });
      expect(plan.newAssignments).toEqual([{ judgeId: 'j2', nominationId: 'n1' }]);
      expect(plan.unassigned).toEqual([
        expect.objectContaining({
          nominationId: 'n1',
          assigned: 2,
          missing: 1,
          reason: 'NOT_ENOUGH_ELIGIBLE_JUDGES',
        }),
      ]);
    });
  });
});
