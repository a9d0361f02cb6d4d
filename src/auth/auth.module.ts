import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { Config } from '../config/config';
import { UsersModule } from '../users/users.module';
import { AccessGuard } from '../access/access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { jwtKey } from './jwt-key';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';

@Module({
  imports: [
    UsersModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [Config],
      useFactory: ({ auth }: Config) => ({
        secret: jwtKey(auth.jwtSecret),
        signOptions: { expiresIn: auth.jwtExpiresIn as `${number}h`, algorithm: 'HS256' },
      }),
    }),
    // Applied only where a route asks for it (sign-in, registration); limits from config.
    ThrottlerModule.forRootAsync({
      inject: [Config],
      useFactory: ({ auth }: Config) => ({
        throttlers: [{ name: 'auth', ttl: auth.throttleTtlMs, limit: auth.throttleLimit }],
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, LocalStrategy, JwtStrategy, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService],
})
export class AuthModule {}
