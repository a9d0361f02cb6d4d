import { assignJudges } from './assign-judges';
import type { AssignmentNomination, PanelJudge } from './assignment.types';

const judge = (id: string, extra: Partial<PanelJudge> = {}): PanelJudge => ({
  id,
  affiliations: [],
  ...extra,
});

describe(assignJudges.name, () => {
  describe('load balance', () => {
    it('spreads 12 nominations × k = 2 over 5 judges as 5,5,5,5,4', () => {
      const nominations = Array.from({ length: 12 }, (_, i) => ({
        id: `n${i}`,
        nominatingInstitutionId: 'x',
      }));
      const plan = assignJudges({
        trackCode: 'FEDERAL_PROACTIVE',
        judgesPerNomination: 2,
        nominations,
        judges: ['a', 'b', 'c', 'd', 'e'].map((id) => judge(id)),
      });
      const totals = plan.loads.map((l) => l.total).sort((x, y) => y - x);
      expect(totals).toEqual([5, 5, 5, 5, 4]);
    });

    it('balances around judges the conflicts pin down: only the spread they force remains', () => {
      // Judge "busy" is the only one free of conflict for the six LOCAL nominations of state 01 (all others are
      // from state 01), so it carries six whatever happens; the other work is spread evenly among the rest.
      const local: AssignmentNomination[] = Array.from({ length: 6 }, (_, i) => ({
        id: `s01-${i}`,
        nominatingInstitutionId: 'x',
        stateCode: '01',
      }));
      const other: AssignmentNomination[] = Array.from({ length: 6 }, (_, i) => ({
        id: `s02-${i}`,
        nominatingInstitutionId: 'y',
        stateCode: '02',
      }));
      const plan = assignJudges({
        trackCode: 'LOCAL_OPEN_GOV',
        judgesPerNomination: 1,
        nominations: [...local, ...other],
        judges: [
          judge('busy', { affiliations: [{ stateCode: '09' }] }),
          ...['p', 'q', 'r'].map((id) => judge(id, { affiliations: [{ stateCode: '01' }] })),
        ],
      });
      expect(plan.loads.map((l) => [l.judgeId, l.total])).toEqual([
        ['busy', 6],
        ['p', 2],
        ['q', 2],
        ['r', 2],
      ]);
    });

    it('respects capacities first, then balances the others', () => {
      const nominations = Array.from({ length: 9 }, (_, i) => ({
        id: `n${i}`,
        nominatingInstitutionId: 'x',
      }));
      const plan = assignJudges({
        trackCode: 'FEDERAL_PROACTIVE',
        judgesPerNomination: 1,
        nominations,
        judges: [judge('a', { capacity: 1 }), judge('b'), judge('c')],
      });
      expect(plan.loads.map((l) => l.total)).toEqual([1, 4, 4]);
    });

    it('moves work along chains of judges when no direct swap helps', () => {
      // n-ab may go to a or b, n-bc to b or c, n-cd to c or d: only chains a→b→c→d can relieve judge a.
      const nom = (id: string, institution: string): AssignmentNomination => ({
        id,
        nominatingInstitutionId: institution,
      });
      const ownedBy = (institutions: string[]) => institutions.map((institutionId) => ({ institutionId }));
      const nominations = [
        nom('n-a1', 'A'),
        nom('n-a2', 'A'),
        nom('n-a3', 'A'),
        nom('n-ab', 'AB'),
        nom('n-bc', 'BC'),
        nom('n-cd', 'CD'),
      ];
      const plan = assignJudges({
        trackCode: 'FEDERAL_PROACTIVE',
        judgesPerNomination: 1,
        nominations,
        judges: [
          judge('a', { affiliations: ownedBy(['BC', 'CD']) }),
          judge('b', { affiliations: ownedBy(['A', 'CD']) }),
          judge('c', { affiliations: ownedBy(['A', 'AB']) }),
          judge('d', { affiliations: ownedBy(['A', 'AB', 'BC']) }),
        ],
      });
      // a must take n-a1..n-a3; the chain leaves b, c and d one nomination each.
      expect(plan.loads.map((l) => l.total)).toEqual([3, 1, 1, 1]);
    });

    it('leaves a judge with nothing to judge at zero without disturbing the others', () => {
      const plan = assignJudges({
        trackCode: 'FEDERAL_PROACTIVE',
        judgesPerNomination: 1,
        nominations: [
          { id: 'n1', nominatingInstitutionId: 'x' },
          { id: 'n2', nominatingInstitutionId: 'x' },
        ],
        judges: [judge('a'), judge('b'), judge('c', { affiliations: [{ institutionId: 'x' }] })],
      });
      expect(plan.loads.map((l) => l.total)).toEqual([1, 1, 0]);
      expect(plan.summary).toMatchObject({ minLoad: 0, maxLoad: 1 });
    });
  });
});
