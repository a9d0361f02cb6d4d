import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Auth, Authenticated, NoStore, Public } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { AuthService } from './auth.service';
import { LoginDto, TokenDto } from './dto/login.dto';
import { LocalAuthGuard } from './local-auth.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly service: AuthService) {}

  @Post('login')
  @Public()
  @NoStore()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard, LocalAuthGuard)
  @ApiOkResponse({ type: TokenDto })
  login(@Auth() actor: AuthUser, @Body() _body: LoginDto): Promise<TokenDto> {
    return this.service.issueToken(actor);
  }

  @Get('me')
  @Authenticated()
  me(@Auth() actor: AuthUser): AuthUser {
    return actor;
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(204)
  logout(@Auth() actor: AuthUser): Promise<void> {
    return this.service.logout(actor);
  }
}
