import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Auth, Authenticated, NoStore, Public } from '../access/access.decorators';
import { ApiRoute } from '../access/api-route';
import { AuthUser } from '../access/auth-user';
import { AuthService } from './auth.service';
import { AuthUserDto } from './dto/auth-user.dto';
import { LoginDto, TokenDto } from './dto/login.dto';
import { LocalAuthGuard } from './local-auth.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly service: AuthService) {}

  @ApiRoute({ summary: 'Sign in: a bearer token', ok: TokenDto, errors: [400, 401, 429] })
  @Post('login')
  @Public()
  @NoStore()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard, LocalAuthGuard)
  login(@Auth() actor: AuthUser, @Body() _body: LoginDto): Promise<TokenDto> {
    return this.service.issueToken(actor);
  }

  @ApiRoute({ summary: 'The signed-in user', ok: AuthUserDto })
  @Get('me')
  @Authenticated()
  me(@Auth() actor: AuthUser): AuthUser {
    return actor;
  }

  @ApiRoute({ summary: 'Sign out: every token of the user issued so far stops working' })
  @Post('logout')
  @Authenticated()
  @HttpCode(204)
  logout(@Auth() actor: AuthUser): Promise<void> {
    return this.service.logout(actor);
  }
}
