import { Redis } from 'ioredis';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requireRedis, testRedisUrl, uniqueRedisPrefix } from '../scaleout/testServices.testHelper';
import { waitFor } from '../testing/testServer.testHelper';
import type { FanoutListener, FanoutMessage } from './BoardFanout';
import { RedisFanout } from './RedisFanout';

const quiet = { info: () => {}, warn: () => {} };

function recorder(): FanoutListener & { messages: FanoutMessage[]; reconnects: number } {
  const r = {
    messages: [] as FanoutMessage[],
    reconnects: 0,
    onMessage: (m: FanoutMessage) => r.messages.push(m),
    onReconnect: () => r.reconnects++,
  };
  return r;
}

describe('RedisFanout against a real Redis', () => {
  const open: RedisFanout[] = [];
  beforeAll(() => requireRedis());
  afterEach(async () => {
    await Promise.all(open.splice(0).map((f) => f.close()));
  });
  const make = (prefix: string, instanceId: string) => {
    const fanout = new RedisFanout({ url: testRedisUrl, prefix, instanceId, log: quiet });
    open.push(fanout);
    return fanout;
  };

  it('delivers to the other instances on the same board only, never back to the sender', async () => {
    const prefix = uniqueRedisPrefix();
    const [a, b, c] = [make(prefix, 'a'), make(prefix, 'b'), make(prefix, 'c')];
    const [ra, rb, rc] = [recorder(), recorder(), recorder()];
    const chA = a.join('board-1', ra);
    const chB = b.join('board-1', rb);
    const chC = c.join('board-2', rc);
    await Promise.all([chA.subscribed, chB.subscribed, chC.subscribed]);
    chA.publish('update', [Uint8Array.of(1)]);
    chB.publish('awareness', [Uint8Array.of(2)]);
    await waitFor(() => rb.messages.length === 1 && ra.messages.length === 1, 'both messages');
    expect(rb.messages[0]).toEqual({ kind: 'update', from: 'a', to: null, parts: [Uint8Array.of(1)] });
    expect(ra.messages[0]).toEqual({ kind: 'awareness', from: 'b', to: null, parts: [Uint8Array.of(2)] });
    // A round trip on board-2 proves board-1 traffic had time to arrive there, had it leaked.
    const d = make(prefix, 'd');
    const chD = d.join('board-2', recorder());
    await chD.subscribed;
    chD.publish('update', [Uint8Array.of(3)]);
    await waitFor(() => rc.messages.length === 1, 'board-2 message');
    expect(rc.messages.map((m) => m.from)).toEqual(['d']);
  });

  it('delivers an addressed message to its addressee only', async () => {
    const prefix = uniqueRedisPrefix();
    const [a, b, c] = [make(prefix, 'a'), make(prefix, 'b'), make(prefix, 'c')];
    const [rb, rc] = [recorder(), recorder()];
    const chA = a.join('board', recorder());
    await Promise.all([chA.subscribed, b.join('board', rb).subscribed, c.join('board', rc).subscribed]);
    chA.publish('sync-reply', [Uint8Array.of(7)], 'c');
    chA.publish('update', [Uint8Array.of(8)]);
    await waitFor(() => rb.messages.length === 1 && rc.messages.length === 2, 'messages');
    expect(rb.messages.map((m) => m.kind)).toEqual(['update']);
    expect(rc.messages.map((m) => m.kind)).toEqual(['sync-reply', 'update']);
  });

  it('stops delivering after leave, and drops malformed messages', async () => {
    const prefix = uniqueRedisPrefix();
    const [a, b] = [make(prefix, 'a'), make(prefix, 'b')];
    const rb = recorder();
    const chA = a.join('board', recorder());
    const chB = b.join('board', rb);
    await Promise.all([chA.subscribed, chB.subscribed]);
    const raw = new Redis(testRedisUrl);
    try {
      await raw.publish(`${prefix}board:board`, Buffer.from('garbage'));
    } finally {
      raw.disconnect();
    }
    chA.publish('update', [Uint8Array.of(1)]);
    await waitFor(() => rb.messages.length === 1, 'first message');
    expect(b.counters.malformed).toBe(1);
    chB.leave();
    chA.publish('update', [Uint8Array.of(2)]);
    const rb2 = recorder();
    const chB2 = b.join('other-board', rb2);
    await chB2.subscribed;
    chA.publish('update', [Uint8Array.of(3)]);
    await new Promise((r) => setTimeout(r, 50)); // give a leaked message time to show up
    expect(rb.messages).toHaveLength(1);
  });

  it('resubscribes after its connections are killed, tells listeners to resync, and delivers again', async () => {
    const prefix = uniqueRedisPrefix();
    const [a, b] = [make(prefix, 'a-kill'), make(prefix, 'b-kill')];
    const [ra, rb] = [recorder(), recorder()];
    const chA = a.join('board', ra);
    const chB = b.join('board', rb);
    await Promise.all([chA.subscribed, chB.subscribed, a.whenReady(), b.whenReady()]);
    const [raBefore, rbBefore] = [ra.reconnects, rb.reconnects];
    const admin = new Redis(testRedisUrl);
    try {
      for (const name of ['gapboard-sub-b-kill', 'gapboard-pub-a-kill']) {
        const clients = (await admin.client('LIST')) as string;
        const id = /id=(\d+) .*name=(\S+)/g;
        for (const match of clients.matchAll(id)) if (match[2] === name) await admin.client('KILL', 'ID', match[1]!);
      }
    } finally {
      admin.disconnect();
    }
    await waitFor(() => a.counters.reconnects >= 1 && b.counters.reconnects >= 1, 'both reconnecting');
    await waitFor(() => rb.reconnects > rbBefore && ra.reconnects > raBefore, 'listeners told to resync');
    // Publish until one arrives: B's subscription is live again once one does.
    await waitFor(() => {
      chA.publish('update', [Uint8Array.of(42)]);
      return rb.messages.some((m) => m.parts[0]?.[0] === 42);
    }, 'delivery after reconnect');
  });
});
