import { deliberationLabels, revisionAllowed } from './deliberation';

describe('deliberation: consensus revision and labels', () => {
  it('revises a submitted sheet once, only while the consensus step is open', () => {
    const open = { consensusOpen: true, status: 'SUBMITTED' as const, alreadyRevised: false };
    expect(revisionAllowed(open)).toBe('ALLOW');
    expect(revisionAllowed({ ...open, consensusOpen: false })).toBe('CONSENSUS_CLOSED');
    expect(revisionAllowed({ ...open, status: 'DRAFT' })).toBe('NOT_SUBMITTED');
    expect(revisionAllowed({ ...open, alreadyRevised: true })).toBe('ALREADY_REVISED');
  });

  it('numbers a nomination’s judges in the order they were assigned, ties by id', () => {
    const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
    const labels = deliberationLabels([
      { judgeId: 'zeta', createdAt: at(1) },
      { judgeId: 'beta', createdAt: at(2) },
      { judgeId: 'alfa', createdAt: at(2) },
    ]);
    expect([...labels]).toEqual([
      ['zeta', 'J1'],
      ['alfa', 'J2'],
      ['beta', 'J3'],
    ]);
  });
});
