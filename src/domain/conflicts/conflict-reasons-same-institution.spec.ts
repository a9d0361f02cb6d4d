import type { JudgeConflictProfile, NominationConflictFacts } from './conflict.types';
import { conflictReasons } from './conflict-reasons';

describe(conflictReasons.name, () => {
  describe('a judge affiliated with an institution of the nomination', () => {
    const nomination: NominationConflictFacts = {
      id: 'nom-1',
      nominatingInstitutionId: 'inst-stl-oax',
      nomineeInstitutionId: 'inst-gob-oax',
      stateCode: '20',
    };

    it('is conflicted with what its institution nominated', () => {
      const judge: JudgeConflictProfile = { id: 'j', affiliations: [{ institutionId: 'inst-stl-oax' }] };
      expect(conflictReasons(judge, nomination, 'FEDERAL_PROACTIVE')).toEqual([
        'SAME_INSTITUTION_NOMINATING',
      ]);
    });

    it('is conflicted with a nomination of its own institution', () => {
      const judge: JudgeConflictProfile = { id: 'j', affiliations: [{ institutionId: 'inst-gob-oax' }] };
      expect(conflictReasons(judge, nomination, 'FEDERAL_PROACTIVE')).toEqual(['SAME_INSTITUTION_NOMINEE']);
    });

    it('counts every affiliation, not only the first', () => {
      const judge: JudgeConflictProfile = {
        id: 'j',
        affiliations: [{ institutionId: 'inst-unam' }, { institutionId: 'inst-gob-oax' }],
      };
      expect(conflictReasons(judge, nomination, 'FEDERAL_PROACTIVE')).toEqual(['SAME_INSTITUTION_NOMINEE']);
    });

    it('reports both roles when an institution nominates itself', () => {
      const selfNominated: NominationConflictFacts = {
        id: 'nom-2',
        nominatingInstitutionId: 'inst-sat',
        nomineeInstitutionId: 'inst-sat',
      };
      const judge: JudgeConflictProfile = { id: 'j', affiliations: [{ institutionId: 'inst-sat' }] };
      expect(conflictReasons(judge, selfNominated, 'FEDERAL_PROACTIVE')).toEqual([
        'SAME_INSTITUTION_NOMINATING',
        'SAME_INSTITUTION_NOMINEE',
      ]);
    });
  });
});
