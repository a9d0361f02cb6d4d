import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../access/access.decorators';
import { ApiRoute } from '../access/api-route';
import { HealthDto } from './dto/health.dto';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  @ApiRoute({ summary: 'Health probe: the database answers', ok: HealthDto, errors: [503] })
  @Get()
  @Public()
  // Documented by @ApiRoute: Terminus' own schemas would merge with it into an invalid response object.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  check() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 3000 })]);
  }
}
