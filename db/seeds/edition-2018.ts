/**
 * The 2018 edition, seeded on an empty database (src/editions/seed-2018.service.ts): its dates and participating
 * states as they were run; both tracks start from the default rubrics and settings (src/editions/defaults/).
 * Editable defaults, not an official record.
 */
export const EDITION_2018 = {
  key: 'reconocimientos-2018',
  name: 'Reconocimientos 2018',
  year: 2018,
  timezone: 'America/Mexico_City',
  // Local times in America/Mexico_City: UTC−06:00 until 1 April 2018, UTC−05:00 after (DST).
  nominationsOpenAt: new Date('2018-02-01T09:00:00-06:00'),
  nominationsCloseAt: new Date('2018-03-16T18:00:00-06:00'),
  judgingOpenAt: new Date('2018-03-19T09:00:00-06:00'),
  judgingCloseAt: new Date('2018-04-06T18:00:00-05:00'),
  announcementAt: new Date('2018-04-13T10:00:00-05:00'),
  participatingStates: [
    '02',
    '04',
    '05',
    '07',
    '08',
    '09',
    '10',
    '11',
    '12',
    '13',
    '14',
    '15',
    '16',
    '17',
    '19',
    '20',
    '22',
    '23',
    '24',
    '25',
    '26',
    '27',
    '29',
    '30',
    '32',
  ],
};
