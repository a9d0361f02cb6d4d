import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Config } from '../config/config';
import { ResultsDocument } from '../domain/seal/results-document.types';
import { EditionEntity } from '../database/schema/edition.entity';
import { TrackEntity } from '../database/schema/track.entity';
import { NominationEntity } from '../database/schema/nomination.entity';
import { finalAwards } from '../domain/verification';
import { SealEntity } from '../database/schema/seal.entity';
import { releasedFeedbackOf } from '../database/released-feedback';
import { MailOutbox } from './mail-outbox';
import { MailKind } from './messages';
import { nominatorsOf } from './recipients';

const SUBMITTED_STATUSES = ['SUBMITTED', 'ELIGIBLE', 'INELIGIBLE'];

/**
 * "Results published" to every institution that took part, once per recipient and edition (dedupe key): sent
 * when an organiser publishes, or by the scheduler when the announcement instant passes — whichever comes first.
 */
@Injectable()
export class ResultsNotices {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly config: Config,
  ) {}

  /** Queues the notices of a sealed, public edition; the number newly queued. */
  async enqueue(m: EntityManager, edition: EditionEntity): Promise<number> {
    const seal = await m.findOneBy(SealEntity, { editionId: edition.id });
    if (!seal) return 0;
    const nominations = await m.find(NominationEntity, {
      where: { editionId: edition.id, status: In(SUBMITTED_STATUSES) },
    });
    const tracks = new Map(
      (await m.findBy(TrackEntity, { editionId: edition.id })).map((t) => [t.id, t.code as string]),
    );
    const winners = new Set(
      finalAwards(JSON.parse(seal.resultsJson) as ResultsDocument).flatMap((line) =>
        line.nominationKeys.map((key) => `${line.trackCode}\u0000${key}`),
      ),
    );
    const feedback = await releasedFeedbackOf(
      m,
      nominations.map((n) => n.id),
    );
    const feedbackOf = (institutionId: string | null) =>
      nominations
        .filter((n) => n.nominatingInstitutionId === institutionId && feedback.has(n.id))
        .map((n) => ({ nomination: `${n.key} — ${n.title}`, comments: feedback.get(n.id)! }));
    const base = this.config.mail.publicBaseUrl;
    const certificatesOf = (institutionId: string | null) =>
      nominations
        .filter((n) => n.nominatingInstitutionId === institutionId)
        .filter((n) => winners.has(`${tracks.get(n.trackId)}\u0000${n.key}`))
        .map((n) => ({
          label: `${n.key} — ${n.title}`,
          url: `${base}/api/public/editions/${edition.id}/certificates/${n.id}.pdf`,
        }));
    return this.outbox.enqueueOnce(
      m,
      MailKind.RESULTS_PUBLISHED,
      await nominatorsOf(
        m,
        nominations.map((n) => n.nominatingInstitutionId),
      ),
      (user) => ({
        name: user.name,
        edition: edition.name,
        url: `${base}/resultados/${edition.id}`,
        certificates: certificatesOf(user.institutionId),
        feedback: feedbackOf(user.institutionId),
      }),
      (user) => `results:${edition.id}:${user.id}`,
    );
  }
}
