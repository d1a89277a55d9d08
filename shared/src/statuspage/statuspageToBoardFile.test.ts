import { describe, expect, it } from 'vitest';
import { boardFileSchema } from '../model/boardFile';
import { parseBoardFile } from '../doc/parseBoardFile';
import { ongoingIncidentFixture, resolvedIncidentFixture } from './statuspageFixture.test-data';
import { extractStatuspageIncident, statuspageIncidentSchema } from './statuspageIncidentSchema';
import { parseStatuspageImport, statuspageToBoardFile } from './statuspageToBoardFile';

describe('statuspageToBoardFile', () => {
  it('converts a resolved incident: window, one channel, one comm per update in time order', () => {
    const file = statuspageToBoardFile(statuspageIncidentSchema.parse(resolvedIncidentFixture));
    expect(file.title).toBe('Elevated login failures in the EU region');
    expect(file.incident).toEqual({
      startedAt: '2024-05-01T16:58:00.000Z', // started_at wins over created_at
      resolvedAt: '2024-05-01T20:52:40.087Z',
      customerImpact: '',
    });
    expect(file.channels).toEqual([{ id: 'statuspage', name: 'Status page' }]);
    expect(file.comms).toEqual([
      {
        id: 'inv3st1gat1n',
        channelId: 'statuspage',
        at: '2024-05-01T17:04:12.318Z', // display_at null: created_at
        sender: 'Status page',
        summary: 'investigating: We are investigating reports of users in the EU being unable to log in.',
      },
      {
        id: 'id3nt1f13d7z',
        channelId: 'statuspage',
        at: '2024-05-01T19:35:00.000Z', // the back-dated display_at
        sender: 'Status page',
        summary: 'identified: The issue has been identified and a fix is being implemented.',
      },
      {
        id: 'm0n1t0r1ng9q',
        channelId: 'statuspage',
        at: '2024-05-01T20:05:55.410Z',
        sender: 'Status page',
        summary: 'monitoring: A fix has been implemented and we are monitoring the results.',
      },
      {
        id: 'r3x9wq2m8dtk',
        channelId: 'statuspage',
        at: '2024-05-01T20:52:40.087Z',
        sender: 'Status page',
        summary: 'resolved: This incident has been resolved.',
      },
    ]);
    expect(boardFileSchema.safeParse(file).success).toBe(true);
  });

  it('converts an ongoing incident: created_at as start, no resolution, ids sanitised or numbered', () => {
    const file = statuspageToBoardFile(statuspageIncidentSchema.parse(ongoingIncidentFixture));
    expect(file.incident.startedAt).toBe('2026-02-10T08:15:00.000Z');
    expect(file.incident.resolvedAt).toBeNull();
    expect(file.comms.map((c) => [c.id, c.at])).toEqual([
      ['first-update-', '2026-02-10T08:15:00.000Z'],
      ['u2', '2026-02-10T08:40:00.000Z'],
    ]);
    expect(parseBoardFile(JSON.parse(JSON.stringify(file))).ok).toBe(true);
  });

  it('clips long bodies to the summary limit and long names to the title limit', () => {
    const incident = statuspageIncidentSchema.parse({
      ...ongoingIncidentFixture,
      name: 'N'.repeat(500),
      incident_updates: [{ id: 'x', status: 'identified', body: 'b'.repeat(5000), created_at: '2026-02-10T08:20:00Z' }],
    });
    const file = statuspageToBoardFile(incident);
    expect(file.title).toHaveLength(200);
    expect(file.comms[0]?.summary).toHaveLength(2000);
    expect(file.comms[0]?.summary.startsWith('identified: bbb')).toBe(true);
    expect(boardFileSchema.safeParse(file).success).toBe(true);
  });

  it('keeps update ids unique when two sanitise to the same id', () => {
    const incident = statuspageIncidentSchema.parse({
      ...ongoingIncidentFixture,
      incident_updates: [
        { id: 'a b', status: 'investigating', body: '1', created_at: '2026-02-10T08:20:00Z' },
        { id: 'a/b', status: 'identified', body: '2', created_at: '2026-02-10T08:30:00Z' },
      ],
    });
    const ids = statuspageToBoardFile(incident).comms.map((c) => c.id);
    expect(ids).toEqual(['a-b', 'u2']);
  });
});

describe('extractStatuspageIncident / parseStatuspageImport', () => {
  it('accepts a bare incident, {incident} and {incidents:[first]}', () => {
    for (const input of [
      resolvedIncidentFixture,
      { incident: resolvedIncidentFixture },
      { page: { id: 'ydpvr1r1xj8k' }, incidents: [resolvedIncidentFixture, ongoingIncidentFixture] },
    ]) {
      const result = parseStatuspageImport(input);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.file.title).toBe(resolvedIncidentFixture.name);
    }
  });

  it('labels the timeline in the status page’s own time zone when the response carries it', () => {
    const zoneOf = (input: unknown) => {
      const result = parseStatuspageImport(input);
      if (!result.ok) throw new Error(result.error);
      expect(boardFileSchema.safeParse(result.file).success).toBe(true);
      return result.file.incident.timeZone;
    };
    const page = (time_zone: unknown) => ({ id: 'ydpvr1r1xj8k', name: 'Acme', time_zone });
    expect(zoneOf({ page: page('America/Los_Angeles'), incidents: [resolvedIncidentFixture] })).toBe('America/Los_Angeles');
    expect(zoneOf({ page: page('Asia/Kolkata'), incident: resolvedIncidentFixture })).toBe('Asia/Kolkata');
    // Nothing usable: the board keeps its default (UTC).
    expect(zoneOf({ page: page('Etc/UTC'), incidents: [resolvedIncidentFixture] })).toBeUndefined();
    expect(zoneOf({ page: page('Mars/Olympus_Mons'), incidents: [resolvedIncidentFixture] })).toBeUndefined();
    expect(zoneOf({ page: page(42), incidents: [resolvedIncidentFixture] })).toBeUndefined();
    expect(zoneOf({ page: { id: 'ydpvr1r1xj8k' }, incidents: [resolvedIncidentFixture] })).toBeUndefined();
    expect(zoneOf(resolvedIncidentFixture)).toBeUndefined();
    // The moments themselves do not move: only their labels.
    const inLa = parseStatuspageImport({ page: page('America/Los_Angeles'), incidents: [resolvedIncidentFixture] });
    const plain = parseStatuspageImport(resolvedIncidentFixture);
    if (inLa.ok && plain.ok) expect(inLa.file.comms).toEqual(plain.file.comms);
  });

  it('names the field path of what is wrong', () => {
    const badUpdate = {
      ...resolvedIncidentFixture,
      incident_updates: [{ ...resolvedIncidentFixture.incident_updates[0], created_at: '2024-05-01 13:52' }],
    };
    const cases: [unknown, RegExp][] = [
      [{ incidents: [] }, /^incidents: the list is empty/],
      [{ incidents: [badUpdate] }, /^incidents\[0\]\.incident_updates\[0\]\.created_at: expected an ISO 8601 time/],
      [{ incident: { ...resolvedIncidentFixture, name: 7 } }, /^incident\.name: expected the incident name/],
      [{ ...resolvedIncidentFixture, created_at: undefined, started_at: undefined }, /^created_at: /],
      [{ ...resolvedIncidentFixture, resolved_at: '2024-05-01T08:00:00Z' }, /^resolved_at: the resolution cannot come before/],
      [[1, 2], /^\(root\): expected a Statuspage incident object/],
      [{ incident: 'nope' }, /^incident: expected a Statuspage incident object/],
      [{ incidents: 'nope' }, /^incidents: expected a list/],
      [null, /^\(root\): /],
    ];
    for (const [input, message] of cases) {
      const result = extractStatuspageIncident(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    }
  });
});
