import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock/clock';
import { TransactionRunner } from '../database/transaction-runner';
import { editionPhase, resultsArePublic } from '../domain/editions/phase';
import { EditionEntity } from '../database/schema/edition.entity';
import { TrackEntity } from '../database/schema/track.entity';

/** An edition open, or about to open, for nominations, as anyone may read it: its calendar, tracks and rubrics. */
export interface OpenCall {
  id: string;
  name: string;
  timezone: string;
  nominationsOpenAt: Date;
  nominationsCloseAt: Date;
  announcementAt: Date;
  participatingStates: string[];
  tracks: Pick<TrackEntity, 'id' | 'code' | 'name' | 'eligibilityRule' | 'categories' | 'rubric'>[];
}

/** What anyone may know of the editions, without signing in (the home page). */
@Injectable()
export class PublicEditionsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Every edition's retention period, newest first (the privacy notice names them). */
  async retentionPeriods(): Promise<{ name: string; retentionMonths: number }[]> {
    const editions = await this.db.read((m) =>
      m.find(EditionEntity, {
        select: { name: true, retentionMonths: true, year: true },
        order: { year: 'DESC', name: 'ASC' },
      }),
    );
    return editions.map(({ name, retentionMonths }) => ({ name, retentionMonths }));
  }

  /** Editions whose results are public (finalised and announced, or published), newest first. */
  async withPublicResults(): Promise<{ id: string; name: string }[]> {
    const editions = await this.db.read((m) =>
      m.find(EditionEntity, { order: { year: 'DESC', createdAt: 'ASC' } }),
    );
    const now = this.clock.now();
    return editions.filter((e) => resultsArePublic(e, now)).map((e) => ({ id: e.id, name: e.name }));
  }

  /**
   * Editions taking or about to take nominations, oldest deadline first, with what a nominator needs before
   * registering: the deadline, who may nominate, the categories and the rubric the jury will use.
   */
  async openCalls(): Promise<OpenCall[]> {
    const now = this.clock.now();
    return this.db.read(async (m) => {
      const editions = (
        await m.find(EditionEntity, { order: { nominationsCloseAt: 'ASC', id: 'ASC' } })
      ).filter((e) => ['SETUP', 'NOMINATIONS'].includes(editionPhase(e, now)));
      const calls: OpenCall[] = [];
      for (const e of editions) {
        const tracks = await m.find(TrackEntity, { where: { editionId: e.id }, order: { code: 'DESC' } });
        calls.push({
          id: e.id,
          name: e.name,
          timezone: e.timezone,
          nominationsOpenAt: e.nominationsOpenAt,
          nominationsCloseAt: e.nominationsCloseAt,
          announcementAt: e.announcementAt,
          participatingStates: e.participatingStates,
          tracks: tracks.map(({ id, code, name, eligibilityRule, categories, rubric }) => ({
            id,
            code,
            name,
            eligibilityRule,
            categories,
            rubric,
          })),
        });
      }
      return calls;
    });
  }
}
