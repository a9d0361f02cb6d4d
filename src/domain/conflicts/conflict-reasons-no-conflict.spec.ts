import type { JudgeConflictProfile, NominationConflictFacts } from './conflict.types';
import { conflictReasons, isConflictFree } from './conflict-reasons';

describe(conflictReasons.name, () => {
  describe('a judge with no tie to the nomination', () => {
    const judge: JudgeConflictProfile = {
      id: 'judge-1',
      affiliations: [{ institutionId: 'inst-cso', stateCode: '20' }],
      declaredConflicts: { nominationIds: ['nom-other'], institutionIds: ['inst-other'] },
    };
    const nomination: NominationConflictFacts = {
      id: 'nom-1',
      nominatingInstitutionId: 'inst-stl',
      nomineeInstitutionId: 'inst-garante',
      stateCode: '09',
    };

    it('has no reasons on the local track', () => {
      expect(conflictReasons(judge, nomination, 'LOCAL_OPEN_GOV')).toEqual([]);
      expect(isConflictFree(judge, nomination, 'LOCAL_OPEN_GOV')).toBe(true);
    });

    it('has no reasons on the federal track', () => {
      expect(conflictReasons(judge, nomination, 'FEDERAL_PROACTIVE')).toEqual([]);
    });

    it('treats missing affiliation parts as no tie, not as a match of two blanks', () => {
      const blank: JudgeConflictProfile = { id: 'judge-2', affiliations: [{}, { institutionId: null }] };
      const federal: NominationConflictFacts = {
        id: 'nom-2',
        nominatingInstitutionId: 'inst-sfp',
        stateCode: null,
      };
      expect(conflictReasons(blank, federal, 'LOCAL_OPEN_GOV')).toEqual([]);
    });
  });
});
