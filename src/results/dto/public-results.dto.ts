import { ApiProperty } from '@nestjs/swagger';
import type { Award } from '../../domain/scoring/types';
import { AWARD_ORDER } from '../awards-labels';

const FREE_FORM = { type: 'object', additionalProperties: true } as const;
const FREE_FORM_LIST = { type: 'array', items: FREE_FORM } as const;
const AWARD = { enum: AWARD_ORDER, nullable: true } as const;

export class PublicSealDto {
  @ApiProperty() version: number;
  @ApiProperty({ type: String, nullable: true }) previousSealSha256: string | null;
  @ApiProperty({ type: String, nullable: true }) erratum: string | null;
  @ApiProperty({ type: String, nullable: true }) signatureKeyId: string | null;
  @ApiProperty() sha256: string;
  @ApiProperty() auditHead: string;
  @ApiProperty() auditHeadSeq: number;
  @ApiProperty({ format: 'date-time' }) finalizedAt: string;
  @ApiProperty({ example: 'SHA-256 of the RFC 8785 (JCS) canonical JSON of `document`' }) algorithm: string;
}

export class PublicationDto {
  @ApiProperty({ format: 'date-time' }) publicSince: string;
  @ApiProperty({ format: 'date-time' }) scheduledAt: string;
}

export class AwardHolderDto {
  @ApiProperty({ type: String, nullable: true }) nominationId: string | null;
  @ApiProperty() nominationKey: string;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true }) nomineeInstitution: string | null;
  @ApiProperty({ type: String, nullable: true }) stateCode: string | null;
  @ApiProperty({ type: Number, nullable: true }) aggregate: number | null;
  @ApiProperty({ type: Number, nullable: true }) rank: number | null;
  @ApiProperty() overridden: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The jury minute behind an override' })
  juryMinute: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Path of the certificate PDF' })
  certificate: string | null;
}

export class FinalAwardDto {
  @ApiProperty() trackCode: string;
  @ApiProperty({ type: String, nullable: true }) categoryKey: string | null;
  @ApiProperty({ enum: AWARD_ORDER }) award: Award;
  @ApiProperty({ description: 'Nobody holds it (DESIERTO)' }) desierto: boolean;
  @ApiProperty({ type: [AwardHolderDto] }) holders: AwardHolderDto[];
}

export class PublicLinksDto {
  @ApiProperty() csv: string;
  @ApiProperty() bundle: string;
  @ApiProperty() seals: string;
  @ApiProperty() keys: string;
}

/** Sealed results as published: final awards, the seal, and the sealed document they come from. */
export class PublicResultsDto {
  @ApiProperty({ ...FREE_FORM, description: 'The edition as sealed (key, name, year, dates, signatories)' })
  edition: Record<string, unknown>;
  @ApiProperty({ type: PublicationDto }) publication: PublicationDto;
  @ApiProperty({ type: PublicSealDto }) seal: PublicSealDto;
  @ApiProperty({ type: [FinalAwardDto] }) awards: FinalAwardDto[];
  @ApiProperty({ ...FREE_FORM_LIST, description: 'Tracks with names, categories and rubrics' })
  tracks: Record<string, unknown>[];
  @ApiProperty({ ...FREE_FORM_LIST, description: 'Nominations in competition (public fields)' })
  nominations: Record<string, unknown>[];
  @ApiProperty({ ...FREE_FORM, description: 'The sealed results document whose hash is seal.sha256' })
  document: Record<string, unknown>;
  @ApiProperty({ type: PublicLinksDto }) links: PublicLinksDto;
}

export class SealSignatureDto {
  @ApiProperty({ example: 'Ed25519' }) algorithm: string;
  @ApiProperty() keyId: string;
  @ApiProperty({ description: 'Base64' }) value: string;
  @ApiProperty({ format: 'date-time' }) signedAt: string;
}

export class AwardChangeDto {
  @ApiProperty() trackCode: string;
  @ApiProperty({ type: String, nullable: true }) categoryKey: string | null;
  @ApiProperty() nominationKey: string;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty(AWARD) before: Award | null;
  @ApiProperty(AWARD) after: Award | null;
}

export class SealVersionDto {
  @ApiProperty() version: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ type: String, nullable: true }) previousSealSha256: string | null;
  @ApiProperty({ type: String, nullable: true }) erratum: string | null;
  @ApiProperty() auditHead: string;
  @ApiProperty() auditHeadSeq: number;
  @ApiProperty({ format: 'date-time' }) finalizedAt: string;
  @ApiProperty({ type: SealSignatureDto, nullable: true }) signature: SealSignatureDto | null;
  @ApiProperty({ type: [AwardChangeDto], description: 'Awards moved from the version before' })
  changes: AwardChangeDto[];
}

export class SealHistoryDto {
  @ApiProperty({ description: 'The current version' }) current: number;
  @ApiProperty({ type: [SealVersionDto] }) versions: SealVersionDto[];
}

/** The public anonymised bundle (docs/verification.md): enough to recompute and verify the awards. */
export class PublicBundleDto {
  @ApiProperty({ example: 'reconocimientos-public-bundle/3' }) formatVersion: string;
  @ApiProperty(FREE_FORM) edition: Record<string, unknown>;
  @ApiProperty(FREE_FORM_LIST) tracks: Record<string, unknown>[];
  @ApiProperty(FREE_FORM_LIST) nominations: Record<string, unknown>[];
  @ApiProperty(FREE_FORM_LIST) scoreSheets: Record<string, unknown>[];
  @ApiProperty(FREE_FORM_LIST) overrides: Record<string, unknown>[];
  @ApiProperty(FREE_FORM) seal: Record<string, unknown>;
  @ApiProperty(FREE_FORM_LIST) previousSeals: Record<string, unknown>[];
  @ApiProperty({ ...FREE_FORM_LIST, description: 'The public keys that signed these seals' })
  keys: Record<string, unknown>[];
}

export class CertificateNominationDto {
  @ApiProperty() key: string;
  @ApiProperty() title: string;
  @ApiProperty() trackCode: string;
  @ApiProperty() nomineeInstitution: string;
}

export class CertificateVersionDto {
  @ApiProperty() version: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ format: 'date-time' }) finalizedAt: string;
  @ApiProperty({ type: String, nullable: true }) erratum: string | null;
  @ApiProperty(AWARD) award: Award | null;
}

export class CertificateHistoryDto {
  @ApiProperty() editionId: string;
  @ApiProperty({ type: CertificateNominationDto }) nomination: CertificateNominationDto;
  @ApiProperty({ description: 'The current seal version' }) current: number;
  @ApiProperty({ description: 'Path of the current certificate PDF' }) certificate: string;
  @ApiProperty({ type: [CertificateVersionDto] }) versions: CertificateVersionDto[];
}

export class PublishedKeyDto {
  @ApiProperty({ format: 'date-time' }) validFrom: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null while in use' }) validTo: string | null;
  @ApiProperty() keyId: string;
  @ApiProperty({ enum: ['Ed25519'] }) algorithm: string;
  @ApiProperty() publicKey: string;
  @ApiProperty({ description: 'Lower-case hex SHA-256 of the raw public key bytes' }) fingerprint: string;
}

export class PublicKeysDto {
  @ApiProperty({ type: [PublishedKeyDto] }) keys: PublishedKeyDto[];
}
