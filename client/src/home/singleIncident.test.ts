import { describe, expect, it } from 'vitest';
import { singleIncident } from './singleIncident';

describe('singleIncident', () => {
  const incident = { name: 'Elevated errors', created_at: '2026-03-04T09:55:00Z', incident_updates: [] };

  it('sends a bare incident, and a one-incident list with its page (time zone) as pasted', () => {
    expect(singleIncident(incident)).toBe(incident);
    const list = { page: { time_zone: 'America/Los_Angeles' }, incidents: [incident] };
    expect(singleIncident(list)).toBe(list);
  });

  it('asks which incident to take from a list of several', () => {
    expect(() => singleIncident({ incidents: [incident, incident] })).toThrow(/list of 2 incidents.*Paste the one to review/);
  });
});
