import { formatPath, pointerSegments } from './json-path';
import { MAX_PROBLEMS, ProblemList } from './problems';

describe(formatPath.name, () => {
  it('writes properties with dots and indexes in brackets', () => {
    expect(formatPath(['nominations', 3, 'trackCode'])).toBe('nominations[3].trackCode');
    expect(formatPath(['scoreSheets', 0, 'scores', 'impacto'])).toBe('scoreSheets[0].scores.impacto');
    expect(formatPath([])).toBe('');
  });

  it('quotes property names that are not identifiers', () => {
    expect(formatPath(['scores', 'a-b'])).toBe('scores["a-b"]');
  });
});

describe(pointerSegments.name, () => {
  it('reads an RFC 6901 pointer, indexes as numbers, escapes undone', () => {
    expect(pointerSegments('/nominations/12/attachments/0/sha256')).toEqual([
      'nominations',
      12,
      'attachments',
      0,
      'sha256',
    ]);
    expect(pointerSegments('/a~1b/c~0d/01')).toEqual(['a/b', 'c~d', '01']);
    expect(pointerSegments('')).toEqual([]);
  });
});

describe(ProblemList.name, () => {
  it('keeps the first MAX_PROBLEMS and says how many more there were', () => {
    const sut = new ProblemList();
    for (let i = 0; i < MAX_PROBLEMS + 5; i++)
      sut.add(['nominations', i, 'key'], 'duplicateKey', 'repetida', 'repeated');
    const problems = sut.toFieldProblems();
    expect(sut.size).toBe(MAX_PROBLEMS + 5);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]).toEqual({
      field: 'nominations[0].key',
      code: 'duplicateKey',
      message: { es: 'nominations[0].key: repetida', en: 'nominations[0].key: repeated' },
    });
    expect(problems[MAX_PROBLEMS].message.en).toBe('and 5 more problems not shown');
  });
});
