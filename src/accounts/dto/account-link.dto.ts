import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { PasswordField } from '../../users/dto/user.dto';

export class PasswordResetRequestDto {
  @ApiProperty()
  @IsEmail({ require_tld: false })
  @MaxLength(254)
  email: string;
}

/** The token from the mailed link and the new password (the password policy applies). */
export class RedeemLinkDto extends PasswordField {
  @ApiProperty({ description: 'The token of the link received by mail' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;
}

export class PasswordResetAcceptedDto {
  @ApiProperty()
  message: string;
}
