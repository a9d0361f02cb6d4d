import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { ErasureService } from './erasure.service';

class ErasureReportDto {
  @ApiProperty() userId: string;
  @ApiProperty({ description: 'Nominations whose contact data was erased' }) nominations: number;
  @ApiProperty() mailsRemoved: number;
  @ApiProperty() mailsRewritten: number;
  @ApiProperty({ description: 'Personal values the audit trail referred to, erased' }) auditValues: number;
  @ApiProperty() requests: number;
}

@ApiTags('personal data')
@Controller('users')
export class ErasureController {
  constructor(private readonly service: ErasureService) {}

  @Post(':id/erase')
  @Authenticated(Permission.USER_MANAGE)
  @HttpCode(200)
  @ApiOperation({ summary: 'Erase a person’s data (right of cancellation); sealed results are unchanged' })
  @ApiOkResponse({ type: ErasureReportDto })
  erase(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.erase(actor, id);
  }
}
