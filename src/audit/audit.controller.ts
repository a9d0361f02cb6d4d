import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { AuditService } from './audit.service';
import { AuditPageDto, ChainVerificationDto } from './dto/audit-entry.dto';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Authenticated(Permission.AUDIT_READ)
  @ApiOkResponse({ type: AuditPageDto })
  list(@Auth() actor: AuthUser, @Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.audit.list(actor, query);
  }

  @Get('verify')
  @Authenticated(Permission.AUDIT_READ)
  @ApiOkResponse({ type: ChainVerificationDto })
  verify(@Auth() actor: AuthUser): Promise<ChainVerificationDto> {
    return this.audit.verify(actor);
  }
}
