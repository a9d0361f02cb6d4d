import { deliberationAccess, mayWriteDiscussion } from './deliberation';

const facts = { enabled: true, ownSheetSubmitted: true, resultsPublic: false };

describe('deliberation: who reads and writes', () => {
  it('a judge reads only after submitting their own sheet, and only where the round allows it', () => {
    expect(deliberationAccess('JUDGE', { ...facts, ownSheetSubmitted: false })).toBe('SUBMIT_FIRST');
    expect(deliberationAccess('JUDGE', { ...facts, enabled: false })).toBe('NOT_ENABLED');
    expect(deliberationAccess('JUDGE', facts)).toBe('ALLOW');
  });

  it('organisers always; observers once the results are public, and never write', () => {
    expect(
      deliberationAccess('ORGANISER', { enabled: false, ownSheetSubmitted: false, resultsPublic: false }),
    ).toBe('ALLOW');
    expect(deliberationAccess('OBSERVER', facts)).toBe('NOT_PUBLIC');
    expect(deliberationAccess('OBSERVER', { ...facts, resultsPublic: true })).toBe('ALLOW');
    expect(mayWriteDiscussion('OBSERVER', { ...facts, resultsPublic: true, sealed: false })).toBe(false);
  });

  it('nobody writes once the edition is sealed', () => {
    expect(mayWriteDiscussion('JUDGE', { ...facts, sealed: false })).toBe(true);
    expect(mayWriteDiscussion('JUDGE', { ...facts, sealed: true })).toBe(false);
    expect(mayWriteDiscussion('ORGANISER', { ...facts, sealed: true })).toBe(false);
  });
});
