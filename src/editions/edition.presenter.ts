import { editionPhase, EditionPhase } from '../domain/editions/phase';
import { EditionEntity } from '../database/schema/edition.entity';

export type EditionView = EditionEntity & { phase: EditionPhase };

export function presentEdition(edition: EditionEntity, now: Date): EditionView {
  return { ...edition, phase: editionPhase(edition, now) };
}
