import { Injectable } from '@nestjs/common';

/**
 * Tells the in-memory keepers of published answers (PublishedResponseCache, set up in app.ts) that an edition's
 * public answers changed: a correction sealed a new version. Only this process hears it (docs/operations.md).
 */
@Injectable()
export class PublishedAnswers {
  private readonly listeners: ((editionId: string) => void)[] = [];

  onForget(listener: (editionId: string) => void): void {
    this.listeners.push(listener);
  }

  forget(editionId: string): void {
    for (const listener of this.listeners) listener(editionId);
  }
}
