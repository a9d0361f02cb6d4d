import { assignJudges } from './assign-judges';
import { AssignmentInputError } from './assignment-input-error';
import type { AssignmentInput } from './assignment.types';

const valid: AssignmentInput = {
  trackCode: 'FEDERAL_PROACTIVE',
  judgesPerNomination: 1,
  nominations: [{ id: 'n1', nominatingInstitutionId: 'a' }],
  judges: [{ id: 'j1', affiliations: [] }],
};

describe(assignJudges.name, () => {
  describe('input it refuses', () => {
    it.each([
      ['a negative k', { ...valid, judgesPerNomination: -1 }],
      ['a fractional k', { ...valid, judgesPerNomination: 1.5 }],
      ['a duplicate judge id', { ...valid, judges: [...valid.judges, { id: 'j1', affiliations: [] }] }],
      ['a duplicate nomination id', { ...valid, nominations: [...valid.nominations, ...valid.nominations] }],
      ['a negative capacity', { ...valid, judges: [{ id: 'j1', affiliations: [], capacity: -1 }] }],
    ])('refuses %s', (_label, input: AssignmentInput) => {
      expect(() => assignJudges(input)).toThrow(AssignmentInputError);
    });

    it('accepts an empty panel and reports every nomination', () => {
      const plan = assignJudges({ ...valid, judges: [] });
      expect(plan.unassigned).toEqual([
        expect.objectContaining({ nominationId: 'n1', conflictFreeJudges: 0 }),
      ]);
      expect(plan.summary).toMatchObject({ minLoad: 0, maxLoad: 0 });
    });

    it('accepts k = 0 and assigns nothing', () => {
      const plan = assignJudges({ ...valid, judgesPerNomination: 0 });
      expect(plan.newAssignments).toEqual([]);
      expect(plan.unassigned).toEqual([]);
    });
  });
});
