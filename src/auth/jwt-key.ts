import { createSecretKey } from 'node:crypto';

/**
 * The HS256 key as a KeyObject, for every sign and verify. Given the secret as a string, jsonwebtoken 9 first
 * tries to parse it as a PEM public key on every verification and catches the failure; that alone was about a
 * fifth of the server's CPU time in the deadline-rush benchmark (docs/performance.md). The libraries that take
 * the key (passport-jwt, @nestjs/jwt) hand it to jsonwebtoken untouched; their types say string.
 */
export function jwtKey(secret: string): string {
  return createSecretKey(Buffer.from(secret, 'utf8')) as unknown as string;
}
