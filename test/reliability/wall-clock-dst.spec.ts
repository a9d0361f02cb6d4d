import {
  formatInZone,
  instantAtWallClock,
  shiftWallClockYears,
  zoneOffsetMs,
} from '../../src/domain/editions/wall-clock';

const HOUR = 3600_000;
const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
});

/**
 * Time-zone arithmetic in zones that still change their clocks (docs/reliability.md, "Clock edges"):
 * Europe/Madrid (east of UTC; last Sunday of March and of October) and America/Tijuana (west of UTC; US
 * rules, kept after the rest of Mexico dropped daylight saving time in 2022).
 */
describe('wall-clock arithmetic across daylight saving changes', () => {
  describe('Europe/Madrid', () => {
    const zone = 'Europe/Madrid';

    it('shows the offset in force on each side of the spring change', () => {
      expect(formatInZone(new Date('2018-03-25T00:59:59Z'), zone, 'es')).toBe(
        '25/03/2018, 01:59:59 (Europe/Madrid, UTC+01:00)',
      );
      expect(formatInZone(new Date('2018-03-25T01:00:00Z'), zone, 'en')).toBe(
        '25/03/2018, 03:00:00 (Europe/Madrid, UTC+02:00)',
      );
    });

    it('keeps 18:00 local when a deadline moves a year across a different change date', () => {
      // 28 March 18:00 is CEST in 2018 (change on 25 March) and CET in 2019 (change on 31 March).
      const deadline2018 = instantAtWallClock(wall(2018, 3, 28, 18), zone);
      expect(deadline2018.toISOString()).toBe('2018-03-28T16:00:00.000Z');
      const deadline2019 = shiftWallClockYears(deadline2018, zone, 1);
      expect(deadline2019.toISOString()).toBe('2019-03-28T17:00:00.000Z');
      expect(formatInZone(deadline2019, zone, 'es')).toBe('28/03/2019, 18:00:00 (Europe/Madrid, UTC+01:00)');
    });

    it('takes the earlier instant of a time that occurs twice (autumn fold)', () => {
      // 27 October 2019: 02:30 happens at 00:30Z (CEST) and again at 01:30Z (CET).
      expect(instantAtWallClock(wall(2019, 10, 27, 2, 30), zone).toISOString()).toBe(
        '2019-10-27T00:30:00.000Z',
      );
    });

    it('moves a time that does not exist (spring gap) forward by the gap', () => {
      // 31 March 2019: 02:00–03:00 does not exist; 02:30 becomes 03:30 CEST.
      const instant = instantAtWallClock(wall(2019, 3, 31, 2, 30), zone);
      expect(instant.toISOString()).toBe('2019-03-31T01:30:00.000Z');
      expect(formatInZone(instant, zone, 'en')).toBe('31/03/2019, 03:30:00 (Europe/Madrid, UTC+02:00)');
    });
  });

  describe('America/Tijuana', () => {
    const zone = 'America/Tijuana';

    it('shows 18:00 PST and 18:00 PDT around the March change', () => {
      expect(formatInZone(new Date('2024-03-09T02:00:00Z'), zone, 'es')).toBe(
        '08/03/2024, 18:00:00 (America/Tijuana, UTC−08:00)',
      );
      expect(formatInZone(new Date('2024-03-16T01:00:00Z'), zone, 'es')).toBe(
        '15/03/2024, 18:00:00 (America/Tijuana, UTC−07:00)',
      );
      expect(zoneOffsetMs(new Date('2024-03-10T09:59:59Z'), zone)).toBe(-8 * HOUR);
      expect(zoneOffsetMs(new Date('2024-03-10T10:00:00Z'), zone)).toBe(-7 * HOUR);
    });

    it('keeps 18:00 local when cloning from a standard-time date to a daylight-time one', () => {
      // 11 March 18:00 is PST in 2023 (change on 12 March) and PDT in 2024 (change on 10 March).
      const from = instantAtWallClock(wall(2023, 3, 11, 18), zone);
      expect(from.toISOString()).toBe('2023-03-12T02:00:00.000Z');
      expect(shiftWallClockYears(from, zone, 1).toISOString()).toBe('2024-03-12T01:00:00.000Z');
    });

    it('takes the earlier instant in the November fold and moves forward in the March gap', () => {
      expect(instantAtWallClock(wall(2024, 11, 3, 1, 30), zone).toISOString()).toBe(
        '2024-11-03T08:30:00.000Z',
      );
      const gap = instantAtWallClock(wall(2024, 3, 10, 2, 30), zone);
      expect(gap.toISOString()).toBe('2024-03-10T10:30:00.000Z');
      expect(formatInZone(gap, zone, 'en')).toBe('10/03/2024, 03:30:00 (America/Tijuana, UTC−07:00)');
    });
  });

  it('maps 29 February to 28 February in a common year, at the same local time', () => {
    const leap = instantAtWallClock(wall(2020, 2, 29, 18), 'Europe/Madrid');
    expect(shiftWallClockYears(leap, 'Europe/Madrid', 1).toISOString()).toBe('2021-02-28T17:00:00.000Z');
  });

  it('round-trips every quarter hour around each 2018 change (only a fold gives back its earlier instant)', () => {
    const changes: Record<string, string[]> = {
      'Europe/Madrid': ['2018-03-25', '2018-10-28'],
      'America/Tijuana': ['2018-03-11', '2018-11-04'],
      'America/Mexico_City': ['2018-04-01', '2018-10-28'],
    };
    for (const [zone, days] of Object.entries(changes)) {
      for (const day of days) {
        const middle = Date.parse(`${day}T00:00:00Z`);
        for (let t = middle - 36 * HOUR; t <= middle + 36 * HOUR; t += HOUR / 4) {
          const instant = new Date(t);
          const local = new Date(t + zoneOffsetMs(instant, zone));
          const back = instantAtWallClock(
            wall(
              local.getUTCFullYear(),
              local.getUTCMonth() + 1,
              local.getUTCDate(),
              local.getUTCHours(),
              local.getUTCMinutes(),
            ),
            zone,
          );
          const inFold =
            back.getTime() === t - HOUR && zoneOffsetMs(back, zone) !== zoneOffsetMs(instant, zone);
          if (back.getTime() !== t && !inFold) {
            throw new Error(`${zone}: ${instant.toISOString()} came back as ${back.toISOString()}`);
          }
        }
      }
    }
  });
});
