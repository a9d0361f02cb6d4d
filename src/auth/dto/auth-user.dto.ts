import { ApiProperty } from '@nestjs/swagger';
import { Role, UserStatus } from '../../database/schema/user.entity';

/** The signed-in user, as /api/auth/me answers it. */
export class AuthUserDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: Role }) role: Role;
  @ApiProperty({ enum: UserStatus }) status: UserStatus;
  @ApiProperty({ type: String, nullable: true }) institutionId: string | null;
}
