import type { BoardFanout, FanoutChannel } from './BoardFanout';

/**
 * The default fan-out of a single instance: there is nobody to tell, so publishing does
 * nothing and nothing ever arrives. Every room's clients are already in this process.
 */
export class LocalFanout implements BoardFanout {
  readonly instanceId = 'local';

  join(): FanoutChannel {
    return { subscribed: Promise.resolve(), publish: () => {}, leave: () => {} };
  }

  async close(): Promise<void> {}
}
