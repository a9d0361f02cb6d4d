import { ApiProperty } from '@nestjs/swagger';
import { NamedRefDto } from '../../common/http/named-ref.dto';
import { ArcoKind, ArcoStatus } from '../../database/schema/arco-request.entity';

const INSTANT = { type: String, format: 'date-time' } as const;
const NULLABLE_INSTANT = { ...INSTANT, nullable: true } as const;

export class ArcoPersonDto {
  @ApiProperty({ type: String, nullable: true, description: 'Null for a request by e-mail without account' })
  id: string | null;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
}

export class ArcoRequestDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ArcoKind }) kind: ArcoKind;
  @ApiProperty() details: string;
  @ApiProperty({ enum: ArcoStatus }) status: ArcoStatus;
  @ApiProperty(INSTANT) filedAt: Date;
  @ApiProperty({ ...INSTANT, description: 'The legal deadline for the answer' }) dueAt: Date;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ type: ArcoPersonDto }) person: ArcoPersonDto;
  @ApiProperty({ description: 'Filed without signing in, confirmed by a mailed link' }) byEmail: boolean;
  @ApiProperty({ enum: ['ERASE', 'RECTIFY'], nullable: true, description: 'What an answer can carry out' })
  carryOut: 'ERASE' | 'RECTIFY' | null;
  @ApiProperty({ type: String, nullable: true }) answer: string | null;
  @ApiProperty(NULLABLE_INSTANT) answeredAt: Date | null;
  @ApiProperty({ type: NamedRefDto, nullable: true }) answeredBy: NamedRefDto | null;
}

export class MessageDto {
  @ApiProperty({ description: 'In the caller’s language' }) message: string;
}

export class ArcoConfirmationDto {
  @ApiProperty({ enum: ArcoKind }) kind: ArcoKind;
  @ApiProperty(INSTANT) dueAt: Date;
}

export class ErasureReportDto {
  @ApiProperty({ type: String, nullable: true, description: 'Null when the person had no account' })
  userId: string | null;
  @ApiProperty({ description: 'Nominations whose contact data was erased' }) nominations: number;
  @ApiProperty() mailsRemoved: number;
  @ApiProperty() mailsRewritten: number;
  @ApiProperty({ description: 'Personal values the audit trail referred to, erased' }) auditValues: number;
  @ApiProperty() requests: number;
}

const FREE_FORM_LIST = { type: 'array', items: { type: 'object', additionalProperties: true } } as const;

/** Everything held about one person (format reconocimientos-personal-data/1). */
export class PersonalDataExportDto {
  @ApiProperty({ enum: ['reconocimientos-personal-data/1'] }) format: string;
  @ApiProperty(INSTANT) generatedAt: Date;
  @ApiProperty({ description: 'The address the data was gathered by' }) address: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The account (id, name, email, role, status, language, institution…); null without one',
  })
  account: Record<string, unknown> | null;
  @ApiProperty(FREE_FORM_LIST) affiliations: Record<string, unknown>[];
  @ApiProperty(FREE_FORM_LIST) declaredConflicts: Record<string, unknown>[];
  @ApiProperty({ ...FREE_FORM_LIST, description: 'Nominations created by the person or naming them' })
  nominations: Record<string, unknown>[];
  @ApiProperty(FREE_FORM_LIST) judging: Record<string, unknown>[];
  @ApiProperty(FREE_FORM_LIST) accountLinks: Record<string, unknown>[];
  @ApiProperty(FREE_FORM_LIST) mail: Record<string, unknown>[];
  @ApiProperty({ ...FREE_FORM_LIST, description: 'Audit entries of what the person did' })
  actions: Record<string, unknown>[];
  @ApiProperty({ ...FREE_FORM_LIST, description: 'Audit entries concerning the person' })
  concerning: Record<string, unknown>[];
}
