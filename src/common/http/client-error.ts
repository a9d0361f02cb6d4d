import type { Socket } from 'node:net';
import { CommonErrors } from '../errors/common.errors';
import { DomainException, ErrorDefinition } from '../errors/domain-exception';
import { renderError } from '../errors/error-response';

/**
 * Requests Node's HTTP parser refuses before any route sees them (headers too large, conflicting
 * Transfer-Encoding and Content-Length, malformed request lines) answered with the common error body, in
 * Spanish (no Accept-Language could be read): 431 for oversized headers, 400 otherwise. The connection closes.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const large = error.code === 'HPE_HEADER_OVERFLOW';
  const definition: ErrorDefinition = large ? CommonErrors.HEADERS_TOO_LARGE : CommonErrors.MALFORMED_REQUEST;
  const body = JSON.stringify({
    ...renderError(new DomainException(definition), 'es'),
    statusCode: large ? 431 : 400,
  });
  socket.end(
    `HTTP/1.1 ${large ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}
