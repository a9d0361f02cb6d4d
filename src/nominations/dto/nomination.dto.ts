import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsIn,
  IsObject,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { NominationStatus } from '../../domain/intake/nomination-status';
import { NominationChannel } from '../../database/schema/nomination.entity';
import { MAX_PAGE } from '../../common/validation/pagination';
import { Nullable, Optional, PartialDto } from '../../common/validation/null-policy';
import { QueryInt } from '../../common/validation/query-int';
import { VisibleText } from '../../common/validation/visible-text';

const STATE_CODE = /^(0[1-9]|[12]\d|3[0-2])$/;
export const NOMINATION_STATUSES: NominationStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'ELIGIBLE',
  'INELIGIBLE',
  'WITHDRAWN',
];

export class PracticeDetailsDto {
  @ApiPropertyOptional({ maxLength: 4000, description: 'The problem the practice addresses' })
  @Optional()
  @IsString()
  @MaxLength(4000)
  problem?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Who benefits' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  population?: string;

  @ApiPropertyOptional({ example: '2018-03', description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
  @Optional()
  @Matches(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  startedOn?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @Optional()
  @IsString()
  @MaxLength(4000)
  results?: string;
}

export class CreateNominationDto {
  @ApiProperty()
  @IsUUID()
  trackId: string;

  @ApiPropertyOptional()
  @Nullable()
  @IsString()
  @MaxLength(64)
  categoryKey?: string;

  @ApiPropertyOptional({ description: 'Organisers only: the institution on whose behalf they record it' })
  @Optional()
  @IsUUID()
  nominatingInstitutionId?: string;

  @ApiProperty()
  @IsUUID()
  nomineeInstitutionId: string;

  @ApiPropertyOptional({ example: '09' })
  @Nullable()
  @Matches(STATE_CODE)
  stateCode?: string;

  @ApiProperty()
  @VisibleText({ min: 5, max: 300 })
  title: string;

  @ApiProperty()
  @VisibleText({ min: 20, max: 1500 })
  summary: string;

  @ApiProperty()
  @VisibleText({ min: 20, max: 20000 })
  description: string;

  @ApiPropertyOptional({ type: PracticeDetailsDto })
  @Optional()
  @ValidateNested()
  @Type(() => PracticeDetailsDto)
  practiceDetails?: PracticeDetailsDto;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @MaxLength(2000, { each: true })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true })
  evidenceUrls?: string[];

  @ApiProperty()
  @VisibleText({ min: 2, max: 200 })
  contactName: string;

  @ApiProperty()
  @IsEmail({ require_tld: false })
  @MaxLength(254)
  contactEmail: string;

  @ApiPropertyOptional()
  @Nullable()
  @Matches(/^[+\d][\d\s()-]{5,39}$/)
  contactPhone?: string;

  @ApiPropertyOptional({
    enum: NominationChannel,
    description: 'Organisers only: PAPER or MAIL for nominations received offline',
  })
  @Optional()
  @IsEnum(NominationChannel)
  channel?: NominationChannel;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { budget: 1200000, level: 'municipal', started: '2018-03-01' },
    description:
      'Values of the track’s custom fields (GET /api/tracks/{id}/fields), by key: text, number, YYYY-MM-DD, option value, list of option values, URL, true/false. null or "" clears one; file fields take an upload with ?field=key. Checked on save (one problem per field, nothing stored on failure); required ones on submit.',
  })
  @Optional()
  @IsObject()
  fields?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Bundle key, kept through export/import' })
  @Optional()
  @Matches(/^[\w.-]{1,80}$/)
  key?: string;
}

export class UpdateNominationDto extends PartialDto(
  OmitType(CreateNominationDto, ['trackId', 'nominatingInstitutionId', 'key']),
) {}

export const NOMINATION_SORTS = ['createdAt', 'key', 'title', 'submittedAt', 'status'] as const;
export type NominationSort = (typeof NOMINATION_SORTS)[number];

export class NominationQueryDto {
  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  editionId?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  trackId?: string;

  @ApiPropertyOptional({ description: 'A category key of the track' })
  @Optional()
  @IsString()
  @MaxLength(64)
  categoryKey?: string;

  @ApiPropertyOptional({ enum: NOMINATION_STATUSES })
  @Optional()
  @IsIn(NOMINATION_STATUSES)
  status?: NominationStatus;

  @ApiPropertyOptional()
  @Optional()
  @Matches(STATE_CODE)
  stateCode?: string;

  @ApiPropertyOptional({ description: 'Nominations where this institution nominates or is nominated' })
  @Optional()
  @IsUUID()
  institutionId?: string;

  @ApiPropertyOptional({
    description: 'Text in the key, title, summary or the institutions’ names (case and accents ignored)',
  })
  @Optional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: NOMINATION_SORTS, default: 'createdAt' })
  @Optional()
  @IsIn(NOMINATION_SORTS)
  sort?: NominationSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @Optional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({ default: 1 })
  @QueryInt({ min: 1, max: MAX_PAGE })
  page?: number;

  @ApiPropertyOptional({ default: 50 })
  @QueryInt({ min: 1, max: 200 })
  pageSize?: number;
}

export class EligibilityDecisionDto {
  @ApiProperty({ enum: ['ELIGIBLE', 'INELIGIBLE'] })
  @IsIn(['ELIGIBLE', 'INELIGIBLE'])
  decision: 'ELIGIBLE' | 'INELIGIBLE';

  @ApiPropertyOptional({ description: 'Required when INELIGIBLE' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class ExtensionDto {
  @ApiProperty({ type: String, format: 'date-time' })
  @Type(() => Date)
  @IsDate()
  until: Date;
}

/** Submitting: the body is optional; it carries the consent to the public catalogue (off unless given). */
export class SubmitNominationDto {
  @ApiPropertyOptional({
    description:
      'Consent to show the practice (title, summary, institutions, state, evidence links, award) in the public catalogue after the announcement. Default false.',
  })
  @Optional()
  @IsBoolean()
  publicationConsent?: boolean;
}

/** Uploading: optionally, the custom FILE field the file answers. */
export class AttachmentQueryDto {
  @ApiPropertyOptional({ description: 'Key of a custom FILE field of the track' })
  @Optional()
  @Matches(/^[a-z][a-z0-9_]{0,63}$/)
  field?: string;
}
