import { publicSince } from './phase';
import { addMonths, retentionDue } from './retention';

describe('retention period', () => {
  const announcementAt = new Date('2026-04-13T16:00:00Z');

  it('starts when the results became public: the early publication, or the announcement', () => {
    expect(publicSince({ firstSealedAt: null, publishedAt: null, announcementAt })).toBeNull();
    const sealed = new Date('2026-04-08T18:00:00Z');
    expect(publicSince({ firstSealedAt: sealed, publishedAt: null, announcementAt })).toEqual(announcementAt);
    const early = new Date('2026-04-10T12:00:00Z');
    expect(publicSince({ firstSealedAt: sealed, publishedAt: early, announcementAt })).toEqual(early);
    // Published after the announcement instant: public since the announcement already.
    const late = new Date('2026-04-20T12:00:00Z');
    expect(publicSince({ firstSealedAt: sealed, publishedAt: late, announcementAt })).toEqual(announcementAt);
  });

  it('adds calendar months, clamping the day to the end of a shorter month', () => {
    expect(addMonths(new Date('2026-04-13T16:00:00Z'), 24)).toEqual(new Date('2028-04-13T16:00:00Z'));
    expect(addMonths(new Date('2026-01-31T00:00:00Z'), 1)).toEqual(new Date('2026-02-28T00:00:00Z'));
    expect(addMonths(new Date('2027-12-31T00:00:00Z'), 2)).toEqual(new Date('2028-02-29T00:00:00Z'));
  });

  it('is due the retention months after the results became public', () => {
    const sealed = new Date('2026-04-08T18:00:00Z');
    expect(
      retentionDue({ firstSealedAt: sealed, publishedAt: null, announcementAt, retentionMonths: 6 }),
    ).toEqual(new Date('2026-10-13T16:00:00Z'));
    expect(
      retentionDue({ firstSealedAt: null, publishedAt: null, announcementAt, retentionMonths: 6 }),
    ).toBeNull();
  });
});
