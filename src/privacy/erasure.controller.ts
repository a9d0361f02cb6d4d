import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { ApiRoute } from '../access/api-route';
import { ErasureReportDto } from './dto/privacy-response.dto';
import { ErasureService } from './erasure.service';

@ApiTags('personal data')
@Controller('users')
export class ErasureController {
  constructor(private readonly service: ErasureService) {}

  @ApiRoute({
    summary: 'Erase a person’s data (right of cancellation); sealed results are unchanged',
    ok: ErasureReportDto,
    errors: [400, 404, 409, 422],
  })
  @Post(':id/erase')
  @Authenticated(Permission.USER_MANAGE)
  @HttpCode(200)
  erase(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.erase(actor, id);
  }
}
