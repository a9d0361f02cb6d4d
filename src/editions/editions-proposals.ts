import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { canonicalJsonOf, sha256Hex } from '../domain/seal/canonical';
import { ProposalKind } from '../database/schema/proposal.entity';
import { ProposalsService } from '../governance/proposals.service';
import { UpdateEditionDto } from './dto/edition.dto';
import { UpdateTrackDto } from './dto/track.dto';
import { EditionEntity } from '../database/schema/edition.entity';
import { EditionsService, SCORING_SETTINGS } from './editions.service';
import { TrackEntity } from '../database/schema/track.entity';

type SettingsPayload = { trackId: string; changes: UpdateTrackDto };
type FourEyesPayload = { editionId: string; changes: UpdateEditionDto };

/**
 * What confirming an edition proposal does. A change of scoring settings is decided on the track's current
 * settings and whether it froze; turning four eyes off on the edition as it was: either changed, it expires.
 */
@Injectable()
export class EditionsProposals implements OnModuleInit {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly editions: EditionsService,
  ) {}

  onModuleInit(): void {
    this.proposals.register(ProposalKind.SCORING_SETTINGS, {
      basis: (m, payload) => trackSettingsBasis(m, (payload as SettingsPayload).trackId),
      perform: (m, actor, payload) => {
        const { trackId, changes } = payload as SettingsPayload;
        return this.editions.updateTrackIn(m, actor, trackId, changes);
      },
    });
    this.proposals.register(ProposalKind.FOUR_EYES_OFF, {
      basis: (m, payload) => editionBasis(m, (payload as FourEyesPayload).editionId),
      perform: (m, actor, payload) => {
        const { editionId, changes } = payload as FourEyesPayload;
        return this.editions.updateIn(m, actor, editionId, changes);
      },
    });
  }
}

async function trackSettingsBasis(m: EntityManager, trackId: string): Promise<string> {
  const track = await m.findOneByOrFail(TrackEntity, { id: trackId });
  const settings = Object.fromEntries(SCORING_SETTINGS.map((f) => [f, track[f]]));
  return digest({ ...settings, frozenAt: track.frozenAt });
}

async function editionBasis(m: EntityManager, editionId: string): Promise<string> {
  const edition = await m.findOneByOrFail(EditionEntity, { id: editionId });
  return digest({
    fourEyes: edition.fourEyes,
    updatedAt: edition.updatedAt,
    finalizedAt: edition.finalizedAt,
  });
}

function digest(value: unknown): string {
  return sha256Hex(canonicalJsonOf(value));
}
