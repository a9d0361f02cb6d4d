import { DomainException } from '../common/errors/domain-exception';
import { formatInZone } from '../domain/editions/wall-clock';
import { effectiveDeadline, submissionWindow } from '../domain/intake/deadline';
import { EditionEntity } from '../database/schema/edition.entity';
import { NominationErrors } from './nominations.errors';

type Timeline = Pick<EditionEntity, 'nominationsOpenAt' | 'nominationsCloseAt' | 'timezone'>;

/**
 * Why a nomination cannot be changed at `now` (not open yet, or past its possibly extended deadline), with
 * the instants shown in the edition's timezone in both languages; null while the window is open.
 */
export function nominationWindowRefusal(
  edition: Timeline,
  extendedUntil: Date | null,
  now: Date,
): DomainException | null {
  const deadline = effectiveDeadline(edition.nominationsCloseAt, extendedUntil);
  const show = (d: Date) => ({
    es: formatInZone(d, edition.timezone, 'es'),
    en: formatInZone(d, edition.timezone, 'en'),
  });
  switch (submissionWindow(now, edition.nominationsOpenAt, deadline)) {
    case 'OPEN':
      return null;
    case 'NOT_OPEN':
      return new DomainException(NominationErrors.NOT_OPEN_YET, { opensAt: show(edition.nominationsOpenAt) });
    case 'CLOSED':
      return new DomainException(NominationErrors.DEADLINE_PASSED, { deadline: show(deadline) });
  }
}
