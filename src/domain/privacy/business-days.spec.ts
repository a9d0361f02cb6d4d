import { addBusinessDays } from './business-days';

describe('addBusinessDays', () => {
  it('skips weekends: 20 business days from a Monday is four weeks later', () => {
    expect(addBusinessDays(new Date('2026-12-07T10:00:00Z'), 20)).toEqual(new Date('2027-01-04T10:00:00Z'));
  });

  it('counts from a Friday to the next Friday for 5 days, and skips given holidays', () => {
    expect(addBusinessDays(new Date('2026-12-04T10:00:00Z'), 5)).toEqual(new Date('2026-12-11T10:00:00Z'));
    expect(addBusinessDays(new Date('2026-12-04T10:00:00Z'), 5, ['2026-12-07'])).toEqual(
      new Date('2026-12-14T10:00:00Z'),
    );
  });

  it('filed on a Saturday, the first business day is Monday', () => {
    expect(addBusinessDays(new Date('2026-12-05T10:00:00Z'), 1)).toEqual(new Date('2026-12-07T10:00:00Z'));
  });
});
