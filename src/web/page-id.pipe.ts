import { Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { notFound } from '../common/errors/common.errors';

/** A page's id parameter: anything but a UUID is a page that does not exist (404), not a malformed request. */
@Injectable()
export class PageId implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) throw notFound();
    return value;
  }
}
