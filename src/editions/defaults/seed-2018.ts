import { Aggregation, TrackCode } from '../../database/schema/track.entity';
import { FEDERAL_PROACTIVE_RUBRIC, LOCAL_OPEN_GOV_RUBRIC } from './rubrics';

/** The 2018 edition seeded on an empty database (editable defaults, not official). */
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

export interface TrackDefaults {
  code: TrackCode;
  name: string;
  rubric: typeof LOCAL_OPEN_GOV_RUBRIC;
}

export const TRACK_DEFAULTS: Record<TrackCode, TrackDefaults> = {
  [TrackCode.LOCAL_OPEN_GOV]: {
    code: TrackCode.LOCAL_OPEN_GOV,
    name: 'Buenas prácticas de apertura gubernamental, iniciativa "Gobierno Abierto: Cocreación desde lo Local"',
    rubric: LOCAL_OPEN_GOV_RUBRIC,
  },
  [TrackCode.FEDERAL_PROACTIVE]: {
    code: TrackCode.FEDERAL_PROACTIVE,
    name: 'Prácticas destacadas de Transparencia Proactiva',
    rubric: FEDERAL_PROACTIVE_RUBRIC,
  },
};

/** Scoring settings every new track starts with. */
export const DEFAULT_TRACK_SETTINGS = {
  judgesPerNomination: 3,
  minReviews: 2,
  aggregation: Aggregation.MEAN,
  places: 3,
  honourableMentions: 0,
  threshold: 60,
  blind: true,
  categories: [],
};
