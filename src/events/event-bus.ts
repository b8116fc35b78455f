import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import type { Config } from '../config';

/**
 * Fan-out of committed events to this instance's subscribers. Completed in the event-backbone issue
 * (LISTEN on EVENT_CHANNEL, read new rows from the event table, deliver in cursor order).
 */
export class EventBus {
  constructor(
    private readonly db: DataSource,
    private readonly logger: Logger,
    private readonly config: Config,
  ) {}
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
}
