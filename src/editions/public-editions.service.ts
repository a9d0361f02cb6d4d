import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock/clock';
import { TransactionRunner } from '../database/transaction-runner';
import { resultsArePublic } from '../domain/editions/phase';
import { EditionEntity } from './edition.entity';

/** What anyone may know of the editions, without signing in (the home page). */
@Injectable()
export class PublicEditionsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Editions whose results are public (finalised and announced, or published), newest first. */
  async withPublicResults(): Promise<{ id: string; name: string }[]> {
    const editions = await this.db.read((m) =>
      m.find(EditionEntity, { order: { year: 'DESC', createdAt: 'ASC' } }),
    );
    const now = this.clock.now();
    return editions.filter((e) => resultsArePublic(e, now)).map((e) => ({ id: e.id, name: e.name }));
  }
}
