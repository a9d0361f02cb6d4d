import { StreamableFile } from '@nestjs/common';
import { AttachmentDownload } from './attachments.service';

/** An attachment as an HTTP download: its detected type, size, and the uploader's name (RFC 5987 encoded). */
export function attachmentFile(file: AttachmentDownload): StreamableFile {
  return new StreamableFile(file.stream, {
    type: file.mimeType,
    length: file.size,
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  });
}
