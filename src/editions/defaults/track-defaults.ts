import { Aggregation, TrackCode } from '../../database/schema/track.entity';
import { FEDERAL_PROACTIVE_RUBRIC, LOCAL_OPEN_GOV_RUBRIC } from './rubrics';

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
