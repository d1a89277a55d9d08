import type { BoardFanout, FanoutChannel, FanoutKind, FanoutListener, FanoutMessage } from './BoardFanout';

/**
 * A pub/sub bus in memory for bridge tests: instances join boards like on Redis, but messages
 * wait in a queue until the test delivers them (or drops them, like Redis does while away).
 */
export class MemoryBus {
  private readonly members = new Map<string, Set<{ instanceId: string; listener: FanoutListener }>>();
  readonly queue: { boardId: string; message: FanoutMessage }[] = [];
  /** Every message ever published, for counting. */
  readonly log: FanoutMessage[] = [];

  fanout(instanceId: string): BoardFanout {
    return {
      instanceId,
      join: (boardId, listener) => this.join(instanceId, boardId, listener),
      close: async () => {},
    };
  }

  /** Delivers queued messages (and any they cause) until the queue is empty. */
  deliverAll(): void {
    while (this.queue.length > 0) this.deliver(this.queue.shift()!);
  }

  /** Throws away what is queued (pub/sub does not keep messages for a disconnected subscriber). */
  dropAll(): void {
    this.queue.length = 0;
  }

  /** Tells an instance's listeners that its connection came back. */
  reconnect(instanceId: string): void {
    for (const set of this.members.values()) for (const m of set) if (m.instanceId === instanceId) m.listener.onReconnect();
  }

  private join(instanceId: string, boardId: string, listener: FanoutListener): FanoutChannel {
    let set = this.members.get(boardId);
    if (!set) this.members.set(boardId, (set = new Set()));
    const member = { instanceId, listener };
    set.add(member);
    return {
      subscribed: Promise.resolve(),
      publish: (kind: FanoutKind, parts: Uint8Array[], to?: string) => {
        const message = { kind, from: instanceId, to: to ?? null, parts: parts.map((p) => p.slice()) };
        this.log.push(message);
        this.queue.push({ boardId, message });
      },
      leave: () => {
        set.delete(member);
      },
    };
  }

  private deliver({ boardId, message }: { boardId: string; message: FanoutMessage }): void {
    for (const m of [...(this.members.get(boardId) ?? [])]) {
      if (m.instanceId === message.from) continue;
      if (message.to !== null && message.to !== m.instanceId) continue;
      m.listener.onMessage(message);
    }
  }
}
