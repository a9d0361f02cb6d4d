import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { ConfigurationError } from './configuration-error';

export { ConfigurationError };

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/** Every environment variable the service reads, validated once at boot. */
export class EnvironmentVariables {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @Matches(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, {
    message: 'DATABASE_URL must be sqlite:<path> or postgres://user@host:port/database',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  JWT_SECRET?: string;

  @IsOptional()
  @Matches(/^\d+[smhd]?$/, { message: 'JWT_EXPIRES_IN must be a number of seconds or like 15m, 8h, 7d' })
  JWT_EXPIRES_IN?: string;

  @IsOptional()
  @IsEmail({ require_tld: false }, { message: 'ADMIN_EMAIL must be an email address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'ADMIN_PASSWORD must be at least 10 characters long' })
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @IsString()
  ADMIN_PASSWORD_FILE?: string;

  @IsOptional()
  @IsString()
  UPLOADS_DIR?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BUNDLE_LIMIT_BYTES?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  UPLOAD_LIMIT_BYTES?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_THROTTLE_LIMIT?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_THROTTLE_TTL_SECONDS?: number;

  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  @IsOptional()
  @IsString()
  SEAL_SIGNING_KEY_FILE?: string;

  @IsOptional()
  @IsString()
  SEAL_KEY_DIR?: string;

  @IsOptional()
  @Matches(/^(smtps?:\/\/[^\s]+)?$/, {
    message: 'SMTP_URL must be smtp://[user:password@]host[:port] or smtps://…',
  })
  SMTP_URL?: string;

  @IsOptional()
  @Matches(/^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)?$/, {
    message: 'MAIL_FROM must be an address, optionally with a name: Name <address@example.org>',
  })
  MAIL_FROM?: string;

  @IsOptional()
  @Matches(/^(https?:\/\/[^\s/]+(\/[^\s]*)?)?$/, {
    message:
      'PUBLIC_BASE_URL must be the absolute http(s) address people use, e.g. https://premios.example.org',
  })
  PUBLIC_BASE_URL?: string;

  @IsOptional()
  @IsString()
  MAIL_DIR?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(10)
  MAIL_POLL_INTERVAL_MS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  MAIL_BATCH_SIZE?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_MAX_ATTEMPTS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(10)
  MAIL_RETRY_BASE_MS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MAIL_LEASE_SECONDS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MAIL_SCHEDULER_INTERVAL_SECONDS?: number;

  @IsOptional()
  @Matches(/^\d+(\s*,\s*\d+)*$/, {
    message: 'REMINDER_DEADLINE_HOURS must be hours separated by commas, e.g. 72,24',
  })
  REMINDER_DEADLINE_HOURS?: string;

  @IsOptional()
  @Matches(/^\d+(\s*,\s*\d+)*$/, {
    message: 'REMINDER_JUDGING_HOURS must be hours separated by commas, e.g. 72,24',
  })
  REMINDER_JUDGING_HOURS?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  INVITATION_TTL_HOURS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PASSWORD_RESET_TTL_MINUTES?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PASSWORD_RESET_PER_ADDRESS_PER_HOUR?: number;
}

const KNOWN_WEAK_SECRETS = new Set(['secret', 'changeme', 'change-me', 'jwt-secret', 'development']);

/** Validates the raw environment; throws one ConfigurationError naming every problem. */
export function validateEnvironment(raw: Record<string, unknown>): Record<string, unknown> {
  const env = plainToInstance(EnvironmentVariables, raw, { enableImplicitConversion: false });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  const problems = errors.flatMap((e) => Object.values(e.constraints ?? {}));
  if (env.NODE_ENV === 'production') {
    const secret = env.JWT_SECRET;
    if (!secret || KNOWN_WEAK_SECRETS.has(secret.toLowerCase()) || /^(.)\1*$/.test(secret)) {
      problems.push(
        'JWT_SECRET must be set to a random value of at least 32 characters when NODE_ENV=production ' +
          '(e.g. `openssl rand -base64 48`); refusing to start',
      );
    }
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return { ...raw, ...env };
}
