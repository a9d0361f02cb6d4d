import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CommonErrors } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { toFieldProblems } from '../common/validation/validation-problems';
import { LoginDto } from './dto/login.dto';

/** Checks the login body's shape (400 naming each field) before passport-local checks the credentials. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body: unknown = context.switchToHttp().getRequest<{ body: unknown }>().body;
    const dto = plainToInstance(LoginDto, body && typeof body === 'object' ? body : {});
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0)
      throw new DomainException(CommonErrors.VALIDATION_FAILED, {}, toFieldProblems(errors));
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error as Error;
    if (!user) throw new DomainException(CommonErrors.UNAUTHENTICATED);
    return user;
  }
}
