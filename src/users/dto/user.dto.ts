import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsEnum,
  IsIn,
  IsString,
  IsStrongPassword,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CreateInstitutionDto } from '../../institutions/dto/institution.dto';
import { Role, UserStatus } from '../../database/schema/user.entity';
import { Optional } from '../../common/validation/null-policy';
import { VisibleText } from '../../common/validation/visible-text';

const PASSWORD_POLICY = { minLength: 10, minLowercase: 1, minUppercase: 1, minNumbers: 1, minSymbols: 0 };

export class PasswordField {
  @ApiProperty({ description: 'At least 10 characters, with upper case, lower case and digits' })
  @IsString()
  @MaxLength(200)
  @IsStrongPassword(PASSWORD_POLICY)
  password: string;
}

export class RegisterNominatorDto extends PasswordField {
  @ApiProperty()
  @IsEmail({ require_tld: false })
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @VisibleText({ min: 2, max: 200 })
  name: string;

  @ApiPropertyOptional({ description: 'An existing institution…' })
  @Optional()
  @IsUUID()
  institutionId?: string;

  @ApiPropertyOptional({
    type: CreateInstitutionDto,
    description: '…or a new one (matched by name and state)',
  })
  @Optional()
  @ValidateNested()
  @Type(() => CreateInstitutionDto)
  institution?: CreateInstitutionDto;

  @ApiPropertyOptional({ enum: ['es', 'en'], description: 'Language of the mail the person receives' })
  @Optional()
  @IsIn(['es', 'en'])
  language?: 'es' | 'en';
}

export class CreateUserDto {
  @ApiProperty()
  @IsEmail({ require_tld: false })
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @VisibleText({ min: 2, max: 200 })
  name: string;

  @ApiProperty({ enum: Role })
  @IsEnum(Role)
  role: Role;

  @ApiPropertyOptional({
    description: 'Omit it to invite the person: a single-use link to set their own password is mailed',
  })
  @Optional()
  @IsString()
  @MaxLength(200)
  @IsStrongPassword(PASSWORD_POLICY)
  password?: string;

  @ApiPropertyOptional({ description: 'Required for nominators' })
  @Optional()
  @IsUUID()
  institutionId?: string;

  @ApiPropertyOptional({ enum: ['es', 'en'], description: 'Language of the mail the person receives' })
  @Optional()
  @IsIn(['es', 'en'])
  language?: 'es' | 'en';
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  @IsStrongPassword(PASSWORD_POLICY)
  newPassword: string;
}

export class RejectUserDto {
  @ApiProperty({ description: 'Why the registration is rejected; stored and audited', minLength: 3 })
  @VisibleText({ min: 3, max: 2000 })
  reason: string;
}

export class UserQueryDto {
  @ApiPropertyOptional({ description: 'Text in the name or e-mail (case and accents ignored)' })
  @Optional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: Role })
  @Optional()
  @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional({ enum: UserStatus })
  @Optional()
  @IsEnum(UserStatus)
  status?: UserStatus;
}

/** What the API answers for an account (observers: no e-mail, judges as J1…). */
export class UserResponseDto {
  @ApiProperty() id: string;
  @ApiPropertyOptional({ description: 'Absent for observers' }) email?: string;
  @ApiProperty({ description: 'Judges appear as J1, J2… to observers' }) name: string;
  @ApiProperty({ enum: Role }) role: Role;
  @ApiProperty({ enum: UserStatus }) status: UserStatus;
  @ApiProperty({ type: String, nullable: true }) institutionId: string | null;
  @ApiProperty({ description: 'False while an invited person has not set a password yet' })
  passwordSet: boolean;
  @ApiProperty({ type: String, nullable: true }) rejectionReason: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
}

/** Rectification of a person's account data; fields left out stay as they are. */
export class RectifyUserDto {
  @ApiPropertyOptional()
  @Optional()
  @VisibleText({ min: 2, max: 200 })
  name?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsEmail({ require_tld: false })
  @MaxLength(254)
  email?: string;
}
