import fc from 'fast-check';
import type { JudgeConflictProfile, NominationConflictFacts } from './conflict.types';
import { ConflictIndex } from './conflict-index';
import { conflictReasons } from './conflict-reasons';

// Small pools so that random judges and nominations often share institutions and states.
const institution = fc.constantFrom('i1', 'i2', 'i3', 'i4');
const state = fc.constantFrom('01', '02', '03');
const nominationId = fc.constantFrom('n1', 'n2', 'n3');

const judgeArb = fc.record({
  affiliations: fc.array(
    fc.record({ institutionId: fc.option(institution), stateCode: fc.option(state) }, { requiredKeys: [] }),
    { maxLength: 3 },
  ),
  declaredConflicts: fc.option(
    fc.record(
      {
        nominationIds: fc.array(nominationId, { maxLength: 2 }),
        institutionIds: fc.array(institution, { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
  ),
});

const nominationArb = fc.record({
  id: nominationId,
  nominatingInstitutionId: institution,
  nomineeInstitutionId: fc.option(institution),
  stateCode: fc.option(state),
});

describe(ConflictIndex.name, () => {
  it('visits exactly the judges that conflictReasons finds conflicted', () => {
    fc.assert(
      fc.property(
        fc.array(judgeArb, { maxLength: 6 }),
        nominationArb,
        fc.constantFrom('LOCAL_OPEN_GOV', 'FEDERAL_PROACTIVE'),
        (judgeParts, nomination: NominationConflictFacts, trackCode) => {
          const judges: JudgeConflictProfile[] = judgeParts.map((part, i) => ({ id: `j${i}`, ...part }));
          const sut = new ConflictIndex(judges, trackCode);

          const visited = new Set<number>();
          sut.forEachConflictedJudge(nomination, (index) => visited.add(index));

          const expected = judges.flatMap((judge, index) =>
            conflictReasons(judge, nomination, trackCode).length > 0 ? [index] : [],
          );
          expect([...visited].sort((a, b) => a - b)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('ignores states on the federal track', () => {
    const sut = new ConflictIndex([{ id: 'j', affiliations: [{ stateCode: '09' }] }], 'FEDERAL_PROACTIVE');
    const visited: number[] = [];
    sut.forEachConflictedJudge({ id: 'n', nominatingInstitutionId: 'i', stateCode: '09' }, (i) =>
      visited.push(i),
    );
    expect(visited).toEqual([]);
  });
});
