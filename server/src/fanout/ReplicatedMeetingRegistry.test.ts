import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addParticipant, applyRoomCommand, removeParticipant } from '../meeting/meetingRoom';
import type { MeetingServer } from '../meeting/meetingServer';
import { MEETING_REPLICA_EVENT, ReplicatedMeetingRegistry } from './ReplicatedMeetingRegistry';

/** Fake socket.io servers joined by a fake adapter: serverSideEmit reaches the other servers. */
class FakeBus {
  readonly servers: FakeIo[] = [];
  queue: (() => void)[] = [];
  /** Delivers queued server-side messages (and those they cause) in order. */
  flush(): void {
    while (this.queue.length > 0) this.queue.shift()!();
  }
}

class FakeIo {
  private readonly handlers: ((payload: unknown) => void)[] = [];
  /** `meeting` events sent: to this instance's clients only ('here') or to every instance's ('everywhere'). */
  readonly sent: { where: 'here' | 'everywhere'; room: string; state: { step: string; roster: { id: string }[] } }[] = [];
  constructor(private readonly bus: FakeBus) {
    bus.servers.push(this);
  }
  on(event: string, handler: (payload: unknown) => void): void {
    if (event === MEETING_REPLICA_EVENT) this.handlers.push(handler);
  }
  serverSideEmit(event: string, payload: unknown): void {
    const copy = JSON.parse(JSON.stringify(payload)) as unknown; // as over the wire
    for (const server of this.bus.servers) if (server !== this) this.bus.queue.push(() => server.receive(event, copy));
  }
  receive(event: string, payload: unknown): void {
    if (event === MEETING_REPLICA_EVENT) for (const h of this.handlers) h(payload);
  }
  readonly local = { to: (room: string) => ({ emit: (_e: string, state: never) => this.sent.push({ where: 'here', room, state }) }) };
  to(room: string) {
    return { emit: (_e: string, state: never) => this.sent.push({ where: 'everywhere', room, state }) };
  }
}

describe('ReplicatedMeetingRegistry', () => {
  let now = 1_000_000;
  const clock = () => now;
  const log = { warn: vi.fn() };
  const registries: ReplicatedMeetingRegistry[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    now = 1_000_000;
  });
  afterEach(() => {
    for (const r of registries.splice(0)) r.close();
    vi.useRealTimers();
  });
  const make = (bus: FakeBus, instanceId: string) => {
    const io = new FakeIo(bus);
    const registry = new ReplicatedMeetingRegistry({
      io: io as unknown as MeetingServer,
      instanceId,
      maxIdleRooms: 10,
      now: clock,
      heartbeatMs: 10_000,
      rosterTtlMs: 35_000,
      log,
    });
    registries.push(registry);
    return { io, registry };
  };
  const person = (id: string) => ({ id, name: id, color: '#1f77b4', role: 'participant' as const });

  it('a newcomer instance learns roster and step from its peers and re-announces them everywhere', () => {
    const bus = new FakeBus();
    const a = make(bus, 'a');
    const b = make(bus, 'b');
    a.registry.update('board', (r) => addParticipant(r, person('fay')));
    a.registry.update('board', (r) => applyRoomCommand(r, { type: 'set-step', step: 'mind-the-gap' }, now));
    bus.flush(); // B does not know the board yet: it ignores A's changes

    const first = b.registry.update('board', (r) => addParticipant(r, person('pat')));
    expect(first.roster.map((p) => p.id)).toEqual(['pat']); // before the peers answered
    bus.flush();
    expect(b.registry.get('board')).toMatchObject({ step: 'mind-the-gap', roster: [{ id: 'fay' }, { id: 'pat' }] });
    expect(a.registry.get('board').roster.map((p) => p.id)).toEqual(['fay', 'pat']);
    expect(b.io.sent.at(-1)).toMatchObject({ where: 'everywhere', room: 'board:board', state: { step: 'mind-the-gap' } });
  });

  it('converges on the latest write of each field, whatever the delivery order', () => {
    const bus = new FakeBus();
    const a = make(bus, 'a');
    const b = make(bus, 'b');
    a.registry.update('board', (r) => addParticipant(r, person('fay')));
    b.registry.update('board', (r) => addParticipant(r, person('pat')));
    bus.flush();
    now += 1;
    a.registry.update('board', (r) => applyRoomCommand(r, { type: 'set-step', step: 'assessment' }, now));
    now += 1;
    b.registry.update('board', (r) => applyRoomCommand(r, { type: 'timer-start', minutes: 5 }, now));
    b.registry.update('board', (r) => applyRoomCommand(r, { type: 'set-step', step: 'plan' }, now));
    bus.flush();
    const [ra, rb] = [a.registry.get('board'), b.registry.get('board')];
    expect(ra).toEqual(rb);
    expect(ra.step).toBe('plan');
    expect(ra.timer.running).toBe(true);
  });

  it("carries the facilitator's canvas size with the led viewport to the other instances", () => {
    const bus = new FakeBus();
    const a = make(bus, 'a');
    const b = make(bus, 'b');
    a.registry.update('board', (r) => addParticipant(r, person('fay')));
    b.registry.update('board', (r) => addParticipant(r, person('pat')));
    bus.flush();
    now += 1;
    a.registry.update('board', (r) => applyRoomCommand(r, { type: 'viewport', x: -40, y: 12, scale: 1.48, width: 1000, height: 763 }, now));
    bus.flush();
    expect(b.registry.get('board').viewport).toEqual({ x: -40, y: 12, scale: 1.48, width: 1000, height: 763 });
  });

  it('drops the participants of an instance that went silent, and keeps those still announced', () => {
    const bus = new FakeBus();
    const a = make(bus, 'a');
    const b = make(bus, 'b');
    a.registry.update('board', (r) => addParticipant(r, person('fay')));
    b.registry.update('board', (r) => addParticipant(r, person('pat')));
    bus.flush();
    registries.splice(registries.indexOf(a.registry), 1);
    a.registry.close(); // A dies: no more heartbeats from it
    bus.servers.splice(bus.servers.indexOf(a.io), 1);
    for (let i = 0; i < 4; i++) {
      now += 10_000;
      vi.advanceTimersByTime(10_000);
      bus.flush();
    }
    expect(b.registry.get('board').roster.map((p) => p.id)).toEqual(['pat']);
    expect(b.io.sent.at(-1)).toMatchObject({ where: 'here', state: { roster: [{ id: 'pat' }] } });
  });

  it('keeps an instance that keeps announcing, and forgets a participant who left', () => {
    const bus = new FakeBus();
    const a = make(bus, 'a');
    const b = make(bus, 'b');
    a.registry.update('board', (r) => addParticipant(r, person('fay')));
    b.registry.update('board', (r) => addParticipant(r, person('pat')));
    bus.flush();
    for (let i = 0; i < 6; i++) {
      now += 10_000;
      vi.advanceTimersByTime(10_000);
      bus.flush();
    }
    expect(b.registry.get('board').roster.map((p) => p.id)).toEqual(['fay', 'pat']);
    a.registry.update('board', (r) => removeParticipant(r, 'fay'));
    bus.flush();
    expect(b.registry.get('board').roster.map((p) => p.id)).toEqual(['pat']);
  });

  it('drops invalid replica messages without throwing', () => {
    const bus = new FakeBus();
    const a = make(bus, 'a');
    a.registry.update('board', (r) => addParticipant(r, person('fay')));
    expect(() => a.io.receive(MEETING_REPLICA_EVENT, { kind: 'change', boardId: 'board' })).not.toThrow();
    expect(() => a.io.receive(MEETING_REPLICA_EVENT, 'garbage')).not.toThrow();
    expect(log.warn).toHaveBeenCalled();
    expect(a.registry.get('board').roster.map((p) => p.id)).toEqual(['fay']);
  });
});
