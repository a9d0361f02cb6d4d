import { EntityManager, IsNull, Not } from 'typeorm';
import { FieldDefinition } from '../domain/intake/custom-fields';
import { NominationEntity } from './schema/nomination.entity';
import { TrackFieldEntity } from './schema/track-field.entity';

/** Reads of custom nomination fields (docs/domain.md, "Custom fields") that several modules share. */
/** A track's custom fields in their order. */
export function fieldsOf(m: EntityManager, trackId: string): Promise<TrackFieldEntity[]> {
  return m.find(TrackFieldEntity, { where: { trackId }, order: { position: 'ASC' } });
}

/** The fields of several tracks, by track id, each list in its order. */
export async function fieldsByTrack(
  m: EntityManager,
  trackIds: readonly string[],
): Promise<Map<string, TrackFieldEntity[]>> {
  const byTrack = new Map<string, TrackFieldEntity[]>(trackIds.map((id) => [id, []]));
  if (trackIds.length === 0) return byTrack;
  const rows = await m
    .createQueryBuilder(TrackFieldEntity, 'f')
    .where('f.trackId IN (:...ids)', { ids: [...new Set(trackIds)] })
    .orderBy('f.position', 'ASC')
    .getMany();
  for (const row of rows) byTrack.get(row.trackId)?.push(row);
  return byTrack;
}

/** The fields freeze at the track's first submission (a withdrawn one counts: its values were submitted). */
export function fieldsFrozen(m: EntityManager, trackId: string): Promise<boolean> {
  return m.existsBy(NominationEntity, { trackId, submittedAt: Not(IsNull()) });
}

/** The definition as the API shows it (and the bundle carries it). */
export function presentField(f: TrackFieldEntity): FieldDefinition & { position: number } {
  return {
    key: f.key,
    type: f.type,
    labelEs: f.labelEs,
    labelEn: f.labelEn,
    helpEs: f.helpEs,
    helpEn: f.helpEn,
    required: f.required,
    position: f.position,
    categories: f.categories,
    options: f.options,
    min: f.min,
    max: f.max,
    maxLength: f.maxLength,
    fileTypes: f.fileTypes,
    identifying: f.identifying,
  };
}
