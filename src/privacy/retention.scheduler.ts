import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Config } from '../config/config';
import { RetentionService } from './retention.service';

/** Applies the due retention periods every RETENTION_INTERVAL_HOURS in each instance (0: never). */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RetentionScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly retention: RetentionService,
    private readonly config: Config,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.privacy.retentionIntervalMs;
    if (every <= 0) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.retention
        .apply(null)
        .then((applied) => {
          for (const p of applied) {
            this.logger.log(
              `retention applied to ${p.editionKey}: ${p.nominations.length} nominations, ${p.files} files, ${p.accounts.length} accounts`,
            );
          }
        })
        .catch((error: unknown) =>
          this.logger.error(`retention failed: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(() => (this.running = null));
    }, every);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
