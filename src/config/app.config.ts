import { registerAs } from '@nestjs/config';
import { resolve } from 'node:path';

export const appConfig = registerAs('app', () => ({
  nodeEnv: process.env.NODE_ENV ?? 'development',
  port: Number(process.env.PORT ?? 3000),
  host: process.env.HOST ?? '0.0.0.0',
  uploadsDir: resolve(process.env.UPLOADS_DIR ?? 'uploads'),
  bodyLimit: Number(process.env.BODY_LIMIT_BYTES ?? 1024 * 1024),
  bundleLimit: Number(process.env.BUNDLE_LIMIT_BYTES ?? 64 * 1024 * 1024),
  uploadLimit: Number(process.env.UPLOAD_LIMIT_BYTES ?? 10 * 1024 * 1024),
  corsOrigins: (process.env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
  logLevel: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
}));

export type AppConfig = ReturnType<typeof appConfig>;
