import { dueReminderSlot, localDay } from './reminder-slot';

const deadline = new Date('2026-03-16T23:59:00Z');
const before = (hours: number) => new Date(deadline.getTime() - hours * 3600_000);

describe(dueReminderSlot.name, () => {
  it('is null before the first slot', () => {
    expect(dueReminderSlot(before(100), deadline, [72, 24])).toBeNull();
  });

  it('is the 72 h slot between 72 h and 24 h before the deadline', () => {
    expect(dueReminderSlot(before(72), deadline, [72, 24])).toBe(72);
    expect(dueReminderSlot(before(30), deadline, [72, 24])).toBe(72);
  });

  it('is only the latest slot after a pause that skipped an earlier one', () => {
    expect(dueReminderSlot(before(3), deadline, [72, 24])).toBe(24);
  });

  it('is null at and after the deadline', () => {
    expect(dueReminderSlot(deadline, deadline, [72, 24])).toBeNull();
    expect(dueReminderSlot(before(-1), deadline, [72, 24])).toBeNull();
  });

  it('is null without configured slots', () => {
    expect(dueReminderSlot(before(1), deadline, [])).toBeNull();
  });
});

describe(localDay.name, () => {
  it('is the calendar day in the edition timezone, not in UTC', () => {
    expect(localDay(new Date('2026-03-17T03:00:00Z'), 'America/Mexico_City')).toBe('2026-03-16');
    expect(localDay(new Date('2026-03-17T03:00:00Z'), 'UTC')).toBe('2026-03-17');
  });
});
