import type { JudgeConflictProfile, NominationConflictFacts } from './conflict.types';
import { conflictReasons } from './conflict-reasons';

describe(conflictReasons.name, () => {
  describe('a judge who declared a conflict', () => {
    const nomination: NominationConflictFacts = {
      id: 'nom-1',
      nominatingInstitutionId: 'inst-cso',
      nomineeInstitutionId: 'inst-inai',
      stateCode: null,
    };

    it('is conflicted with the declared nomination', () => {
      const judge: JudgeConflictProfile = {
        id: 'j',
        affiliations: [],
        declaredConflicts: { nominationIds: ['nom-1'] },
      };
      expect(conflictReasons(judge, nomination, 'FEDERAL_PROACTIVE')).toEqual(['DECLARED']);
    });

    it('is conflicted with nominations made by a declared institution', () => {
      const judge: JudgeConflictProfile = {
        id: 'j',
        affiliations: [],
        declaredConflicts: { institutionIds: ['inst-cso'] },
      };
      expect(conflictReasons(judge, nomination, 'FEDERAL_PROACTIVE')).toEqual(['DECLARED']);
    });

    it('is conflicted with nominations of a declared institution', () => {
      const judge: JudgeConflictProfile = {
        id: 'j',
        affiliations: [],
        declaredConflicts: { institutionIds: ['inst-inai'] },
      };
      expect(conflictReasons(judge, nomination, 'FEDERAL_PROACTIVE')).toEqual(['DECLARED']);
    });

    it('reports DECLARED once, after the automatic reasons', () => {
      const judge: JudgeConflictProfile = {
        id: 'j',
        affiliations: [{ institutionId: 'inst-inai' }],
        declaredConflicts: { nominationIds: ['nom-1', 'nom-1'], institutionIds: ['inst-inai', 'inst-cso'] },
      };
      expect(conflictReasons(judge, nomination, 'FEDERAL_PROACTIVE')).toEqual([
        'SAME_INSTITUTION_NOMINEE',
        'DECLARED',
      ]);
    });
  });
});
