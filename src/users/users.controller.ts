import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Auth, Authenticated, NoStore, Public } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { ApiRoute } from '../access/api-route';
import { Language } from '../common/i18n/language';
import { RequestLanguage } from '../common/i18n/request-language';
import {
  ChangePasswordDto,
  CreateUserDto,
  PasswordField,
  RegisterNominatorDto,
  RejectUserDto,
  UserQueryDto,
  UserResponseDto,
  RectifyUserDto,
} from './dto/user.dto';
import { UserAdminService } from './user-admin.service';

@ApiTags('users')
@Controller()
export class UsersController {
  constructor(private readonly service: UserAdminService) {}

  @ApiRoute({
    summary: 'Register as a nominator (pending until an organiser approves)',
    ok: UserResponseDto,
    errors: [400, 409, 429],
  })
  @Post('auth/register')
  @Public()
  @NoStore()
  @UseGuards(ThrottlerGuard)
  register(@Body() dto: RegisterNominatorDto, @RequestLanguage() language: Language) {
    return this.service.register(dto, language);
  }

  @ApiRoute({ summary: 'Change one’s own password; other tokens stop working', errors: [400] })
  @Patch('auth/password')
  @Authenticated()
  @HttpCode(204)
  changePassword(@Auth() actor: AuthUser, @Body() dto: ChangePasswordDto) {
    return this.service.changeOwnPassword(actor, dto);
  }

  @ApiRoute({
    summary: 'Accounts, filtered by text (name, e-mail), role and status',
    ok: [UserResponseDto],
    errors: [400],
  })
  @Get('users')
  @Authenticated(Permission.USER_READ)
  list(@Auth() actor: AuthUser, @Query() query: UserQueryDto) {
    return this.service.list(actor, query);
  }

  @ApiRoute({
    summary: 'Create an account, or invite the person when no password is given',
    ok: UserResponseDto,
    errors: [400, 409],
  })
  @Post('users')
  @Authenticated(Permission.USER_MANAGE)
  create(@Auth() actor: AuthUser, @Body() dto: CreateUserDto) {
    return this.service.create(actor, dto);
  }

  @ApiRoute({
    summary: "Rectify a person's name or e-mail address (right of rectification)",
    ok: UserResponseDto,
    errors: [400, 404, 409],
  })
  @Patch('users/:id')
  @Authenticated(Permission.USER_MANAGE)
  rectify(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RectifyUserDto) {
    return this.service.rectify(actor, id, dto);
  }

  @ApiRoute({ summary: 'Approve a pending nominator', ok: UserResponseDto, errors: [400, 404, 409] })
  @Post('users/:id/approve')
  @Authenticated(Permission.USER_MANAGE)
  @HttpCode(200)
  approve(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.approve(actor, id);
  }

  @ApiRoute({
    summary: 'Reject a pending nominator, with the reason (it can no longer sign in)',
    ok: UserResponseDto,
    errors: [400, 404, 409],
  })
  @Post('users/:id/reject')
  @Authenticated(Permission.USER_MANAGE)
  @HttpCode(200)
  reject(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RejectUserDto) {
    return this.service.reject(actor, id, dto);
  }

  @ApiRoute({
    summary: 'Disable an account; its tokens stop working at once',
    ok: UserResponseDto,
    errors: [400, 404, 409, 422],
  })
  @Post('users/:id/disable')
  @Authenticated(Permission.USER_MANAGE)
  @HttpCode(200)
  disable(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.disable(actor, id);
  }

  @ApiRoute({
    summary: 'Re-enable a disabled account (its user signs in again)',
    ok: UserResponseDto,
    errors: [400, 404, 409],
  })
  @Post('users/:id/enable')
  @Authenticated(Permission.USER_MANAGE)
  @HttpCode(200)
  enable(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.enable(actor, id);
  }

  @ApiRoute({ summary: 'Set a person’s password (e.g. an imported user)', errors: [400, 404] })
  @Post('users/:id/password')
  @Authenticated(Permission.USER_MANAGE)
  @HttpCode(204)
  setPassword(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: PasswordField) {
    return this.service.setPassword(actor, id, dto);
  }
}
