import type { JudgeConflictProfile, NominationConflictFacts } from './conflict.types';
import { conflictReasons } from './conflict-reasons';

describe(conflictReasons.name, () => {
  describe('a judge from the nomination state', () => {
    const judge: JudgeConflictProfile = {
      id: 'j',
      affiliations: [{ institutionId: 'inst-unam', stateCode: '09' }, { stateCode: '20' }],
    };
    const nomination: NominationConflictFacts = {
      id: 'nom-1',
      nominatingInstitutionId: 'inst-stl-oax',
      nomineeInstitutionId: 'inst-gob-oax',
      stateCode: '20',
    };

    it('is conflicted on the local track, through any affiliation', () => {
      expect(conflictReasons(judge, nomination, 'LOCAL_OPEN_GOV')).toEqual(['SAME_STATE']);
    });

    it('is not conflicted on the federal track, where states do not compete', () => {
      expect(conflictReasons(judge, nomination, 'FEDERAL_PROACTIVE')).toEqual([]);
    });

    it('is not conflicted with a local nomination that has no state', () => {
      const stateless: NominationConflictFacts = { ...nomination, stateCode: null };
      expect(conflictReasons(judge, stateless, 'LOCAL_OPEN_GOV')).toEqual([]);
    });
  });
});
