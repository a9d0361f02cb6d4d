import { CDMX, FEDERAL, ITEI, sampleBundle } from '../../test/support/bundle-fixture';
import { BundleValidation, validateBundle } from './bundle-validator';
import { BundleV1 } from './format/bundle-format';

/** The fields (and codes) of the problems a validation found; [] when it passed. */
function problemsOf(result: BundleValidation): string[] {
  if (result.ok) return [];
  if (result.reason === 'STRUCTURE' || result.reason === 'REFERENCES') {
    return result.problems.toFieldProblems().map((p) => `${p.field} ${p.code}`);
  }
  throw new Error(`unexpected ${result.reason}`);
}

function broken(change: (b: BundleV1) => void): BundleValidation {
  const bundle = sampleBundle();
  change(bundle);
  return validateBundle(bundle);
}

describe(validateBundle.name, () => {
  const sut = validateBundle;

  it('accepts a well-formed bundle', () => {
    expect(sut(sampleBundle())).toEqual({ ok: true, bundle: sampleBundle() });
  });

  describe('structure (JSON Schema)', () => {
    it('names every violation with its path into the bundle', () => {
      const result = broken((b) => {
        (b.nominations[1] as unknown as Record<string, unknown>).title = 42;
        delete (b.edition as Partial<BundleV1['edition']>).timezone;
        (b.users[0] as unknown as Record<string, unknown>).passwordHash = 'x';
        b.tracks[0].places = 4;
        b.edition.announcementAt = '13/04/2026';
      });
      expect(result).toMatchObject({ ok: false, reason: 'STRUCTURE' });
      expect(problemsOf(result).sort()).toEqual(
        [
          'edition.timezone required',
          'edition.announcementAt format',
          'tracks[0].places maximum',
          'users[0].passwordHash unknownField',
          'nominations[1].title type',
        ].sort(),
      );
    });

    it('renders messages in Spanish and English with the path first', () => {
      const result = broken((b) => (b.tracks[0].threshold = 101));
      if (result.ok || result.reason !== 'STRUCTURE') throw new Error('expected STRUCTURE');
      expect(result.problems.toFieldProblems()).toEqual([
        {
          field: 'tracks[0].threshold',
          code: 'maximum',
          message: { es: 'tracks[0].threshold: debe ser <= 100', en: 'tracks[0].threshold: must be <= 100' },
        },
      ]);
    });

    it('refuses what is not an object at all', () => {
      expect(problemsOf(sut([]))).toEqual([' type']);
      expect(problemsOf(sut(null))).toEqual([' type']);
    });

    it('requires instants with their offset', () => {
      expect(problemsOf(broken((b) => (b.edition.judgingOpenAt = '2026-03-19T15:00:00')))).toEqual([
        'edition.judgingOpenAt format',
      ]);
      expect(
        sut({
          ...sampleBundle(),
          edition: { ...sampleBundle().edition, judgingOpenAt: '2026-03-19T09:00:00-06:00' },
        }).ok,
      ).toBe(true);
    });
  });

  it('refuses another format version before anything else', () => {
    expect(sut({ formatVersion: 3, anything: true })).toEqual({ ok: false, reason: 'VERSION', version: 3 });
  });

  it('checks the structure of overrides and the seal like any other section', () => {
    const result = broken((b) => {
      b.overrides = [{ nominationKey: 'N-1', award: 'FIRST' }] as never;
      b.seal = { sha256: 'c'.repeat(64) } as never;
    });
    expect(result).toMatchObject({ ok: false, reason: 'STRUCTURE' });
  });

  describe('references and rules between sections', () => {
    const references = (change: (b: BundleV1) => void) => {
      const result = broken(change);
      expect(result).toMatchObject({ ok: false, reason: 'REFERENCES' });
      return problemsOf(result);
    };

    it('names a nomination of an unknown track and a score out of range together', () => {
      expect(
        references((b) => {
          b.nominations[1].trackCode = 'PREMIO_INEXISTENTE';
          b.scoreSheets[0].scores.impacto = 11;
        }),
      ).toEqual(['nominations[1].trackCode unknownReference', 'scoreSheets[0].scores.impacto range']);
    });

    it('checks keys are unique within a section', () => {
      expect(
        references((b) => {
          b.nominations[1].key = 'N-1';
          b.users.push({ ...b.users[0] });
          b.tracks[1].categories.push({ key: 'planes', name: 'Otra vez' });
        }),
      ).toEqual(
        expect.arrayContaining([
          'nominations[1].key duplicateKey',
          'users[3].email duplicateKey',
          'tracks[1].categories[1].key duplicateKey',
        ]),
      );
    });

    it('checks the edition: time zone, state codes, the order of the phase dates', () => {
      expect(
        references((b) => {
          b.edition.timezone = 'America/Atlantida';
          b.edition.participatingStates = ['09', '32'];
          b.edition.judgingOpenAt = '2026-03-01T00:00:00.000Z';
          b.edition.publishedAt = '2026-04-13T15:00:00.000Z';
        }),
      ).toEqual([
        'edition.timezone timeZone',
        'edition.judgingOpenAt order',
        'edition.publishedAt inconsistent',
      ]);
    });

    it('refuses a finalised edition without its seal', () => {
      expect(references((b) => (b.edition.finalizedAt = '2026-04-10T00:00:00.000Z'))).toEqual([
        'seal required',
      ]);
    });

    it('checks rubrics: unique criteria, max above min, guidance on the scale', () => {
      expect(
        references((b) => {
          const second = b.tracks[1].rubric[1];
          b.tracks[1].rubric[1] = { ...second, key: 'impacto', max: 0, guidance: [{ score: 12, text: 'x' }] };
        }),
      ).toEqual([
        'tracks[1].rubric[1].key DUPLICATE',
        'tracks[1].rubric[1].max NOT_ABOVE_MIN',
        'tracks[1].rubric[1].guidance OUT_OF_RANGE',
      ]);
    });

    it('checks institutions: natural key, state of non-federal institutions', () => {
      expect(
        references((b) => {
          b.institutions[0].name = 'Gobierno de la CDMX';
          b.institutions[1].stateCode = null;
          b.institutions[1].key = institutionKeyOf(b.institutions[1].name, null);
        }),
      ).toEqual(
        expect.arrayContaining(['institutions[0].key naturalKey', 'institutions[1].stateCode required']),
      );
    });

    it('checks users: lower-case email, a nominator’s institution, affiliations only for judges', () => {
      expect(
        references((b) => {
          b.users[2].institutionKey = null;
          b.users[2].affiliations = [{ institutionKey: null, stateCode: '09' }];
          b.users[0].affiliations.push(
            { institutionKey: 'nadie|09', stateCode: null },
            { institutionKey: null, stateCode: null },
          );
        }),
      ).toEqual([
        'users[0].affiliations[1].institutionKey unknownReference',
        'users[0].affiliations[2] required',
        'users[2].institutionKey required',
        'users[2].affiliations notAJudge',
      ]);
      expect(references((b) => (b.users[0].email = 'Ana@example.org'))).toEqual(
        expect.arrayContaining(['users[0].email lowerCase']),
      );
    });

    it('checks nominations: category of the track, institutions, author, status consistency', () => {
      expect(
        references((b) => {
          b.nominations[1].categoryKey = 'otra';
          b.nominations[1].nomineeInstitutionKey = 'nadie|09';
          b.nominations[1].createdByEmail = 'nadie@example.org';
          b.nominations[0].status = 'INELIGIBLE';
          b.nominations[0].eligibilityReason = ' ';
          b.nominations[0].submittedAt = null;
          b.nominations[1].status = 'WITHDRAWN';
        }),
      ).toEqual([
        'nominations[0].submittedAt required',
        'nominations[0].eligibilityReason required',
        'nominations[1].categoryKey unknownReference',
        'nominations[1].nomineeInstitutionKey unknownReference',
        'nominations[1].createdByEmail unknownReference',
        'nominations[1].withdrawnAt required',
      ]);
    });

    it('checks panels: known track, judges only, a conflict with one nomination of the track or an institution', () => {
      expect(
        references((b) => {
          b.panels[0].members.push({ judgeEmail: 'postula@example.org', capacity: null });
          b.panels[1].conflicts.push(
            {
              judgeEmail: 'ana@example.org',
              nominationKey: 'N-1',
              institutionKey: null,
              reason: 'x',
              createdAt: '2026-03-01T00:00:00.000Z',
            },
            {
              judgeEmail: 'ana@example.org',
              nominationKey: null,
              institutionKey: null,
              reason: 'x',
              createdAt: '2026-03-01T00:00:00.000Z',
            },
          );
          b.panels.push({ trackCode: 'OTRO', members: [], conflicts: [] });
        }),
      ).toEqual([
        'panels[0].members[2].judgeEmail notAJudge',
        'panels[1].conflicts[1].nominationKey otherTrack',
        'panels[1].conflicts[2].nominationKey exactlyOne',
        'panels[2].trackCode unknownReference',
      ]);
    });

    it('checks assignments: panel judges, no conflict of interest, recusal with reason', () => {
      expect(
        references((b) => {
          b.panels[0].members.pop(); // beto leaves the federal panel but keeps an active assignment
          b.users[0].affiliations.push({ institutionKey: FEDERAL, stateCode: null }); // ana: nominee's institution
          b.assignments.push({ ...b.assignments[0], nominationKey: 'N-2', status: 'RECUSED' as never });
        }),
      ).toEqual([
        'assignments[0].judgeEmail conflictOfInterest',
        'assignments[1].judgeEmail notInPanel',
        'assignments[2].recusalReason required',
        'assignments[2].recusedAt required',
      ]);
    });

    it('checks score sheets: an assignment behind each, rubric criteria, complete when submitted, frozen track', () => {
      expect(
        references((b) => {
          b.scoreSheets[0].scores = { impacto: 8, otro: 3 };
          b.scoreSheets[1].status = 'SUBMITTED' as never;
          b.scoreSheets.push({ ...b.scoreSheets[1], nominationKey: 'N-2', status: 'DRAFT' as never });
          b.tracks[0].frozenAt = null;
        }),
      ).toEqual([
        'scoreSheets[0].scores.apertura required',
        'scoreSheets[0].scores.otro unknownCriterion',
        'scoreSheets[1].scores.apertura required',
        'scoreSheets[1].submittedAt required',
        'scoreSheets[2].judgeEmail unknownReference',
        'tracks[0].frozenAt required',
      ]);
    });
  });
});

function institutionKeyOf(name: string, state: string | null): string {
  return `${name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()}|${state ?? ''}`;
}

void CDMX;
void ITEI;
