import { describe, expect, it } from 'vitest';
import { MeetingRegistry } from './meetingRegistry';
import { addParticipant, applyRoomCommand, removeParticipant } from './meetingRoom';

const someone = { id: 's', name: 'S', color: '#000000', role: 'participant' as const };

describe('MeetingRegistry', () => {
  it('hands out a fresh room for an unknown board without storing it', () => {
    const registry = new MeetingRegistry(10);
    expect(registry.get('b1', true).locked).toBe(true);
    expect(registry.has('b1')).toBe(false);
  });

  it('keeps an emptied room (step survives) and drops the least recently used idle rooms past the cap', () => {
    const registry = new MeetingRegistry(2);
    registry.update('active', (r) => addParticipant(r, someone));
    for (const id of ['b1', 'b2', 'b3']) {
      registry.update(id, (r) => applyRoomCommand(addParticipant(r, someone), { type: 'set-step', step: 'plan' }, 0));
      registry.update(id, (r) => removeParticipant(r, 's'));
    }
    expect(registry.has('b1')).toBe(false);
    expect(registry.get('b2').step).toBe('plan');
    expect(registry.get('b3').step).toBe('plan');
    expect(registry.has('active')).toBe(true);
    expect(registry.size).toBe(3);
  });
});
