import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { ApiRoute } from '../access/api-route';
import { AuditService } from './audit.service';
import { AuditPageDto, ChainVerificationDto } from './dto/audit-entry.dto';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @ApiRoute({
    summary: 'Audit trail entries, filtered, by page or after a sequence number',
    ok: AuditPageDto,
    errors: [400],
  })
  @Get()
  @Authenticated(Permission.AUDIT_READ)
  list(@Auth() actor: AuthUser, @Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.audit.list(actor, query);
  }

  @ApiRoute({
    summary: 'Verify the hash chain of the audit trail, its anchors and personal values',
    ok: ChainVerificationDto,
  })
  @Get('verify')
  @Authenticated(Permission.AUDIT_READ)
  verify(@Auth() actor: AuthUser): Promise<ChainVerificationDto> {
    return this.audit.verify(actor);
  }
}
