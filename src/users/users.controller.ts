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
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Auth, Authenticated, NoStore, Public } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
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

  @Post('auth/register')
  @Public()
  @NoStore()
  @UseGuards(ThrottlerGuard)
  register(@Body() dto: RegisterNominatorDto, @RequestLanguage() language: Language) {
    return this.service.register(dto, language);
  }

  @Patch('auth/password')
  @Authenticated()
  @HttpCode(204)
  changePassword(@Auth() actor: AuthUser, @Body() dto: ChangePasswordDto) {
    return this.service.changeOwnPassword(actor, dto);
  }

  @Get('users')
  @Authenticated(Permission.USER_READ)
  @ApiOperation({ summary: 'Accounts, filtered by text (name, e-mail), role and status' })
  @ApiOkResponse({ type: [UserResponseDto] })
  list(@Auth() actor: AuthUser, @Query() query: UserQueryDto) {
    return this.service.list(actor, query);
  }

  @Post('users')
  @Authenticated(Permission.USER_MANAGE)
  create(@Auth() actor: AuthUser, @Body() dto: CreateUserDto) {
    return this.service.create(actor, dto);
  }

  @Patch('users/:id')
  @Authenticated(Permission.USER_MANAGE)
  @ApiOperation({ summary: "Rectify a person's name or e-mail address (right of rectification)" })
  @ApiOkResponse({ type: UserResponseDto })
  rectify(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RectifyUserDto) {
    return this.service.rectify(actor, id, dto);
  }

  @Post('users/:id/approve')
  @Authenticated(Permission.USER_MANAGE)
  @HttpCode(200)
  approve(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.approve(actor, id);
  }

  @Post('users/:id/reject')
  @Authenticated(Permission.USER_MANAGE)
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a pending nominator, with the reason (it can no longer sign in)' })
  @ApiOkResponse({ type: UserResponseDto })
  reject(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RejectUserDto) {
    return this.service.reject(actor, id, dto);
  }

  @Post('users/:id/disable')
  @Authenticated(Permission.USER_MANAGE)
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable an account; its tokens stop working at once' })
  @ApiOkResponse({ type: UserResponseDto })
  disable(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.disable(actor, id);
  }

  @Post('users/:id/enable')
  @Authenticated(Permission.USER_MANAGE)
  @HttpCode(200)
  @ApiOperation({ summary: 'Re-enable a disabled account (its user signs in again)' })
  @ApiOkResponse({ type: UserResponseDto })
  enable(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.enable(actor, id);
  }

  @Post('users/:id/password')
  @Authenticated(Permission.USER_MANAGE)
  @HttpCode(204)
  setPassword(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: PasswordField) {
    return this.service.setPassword(actor, id, dto);
  }
}
