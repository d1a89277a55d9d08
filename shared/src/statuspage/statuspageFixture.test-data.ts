/**
 * A resolved incident as Statuspage's public API returns it in `/api/v2/incidents.json`
 * (field set and formats as in real responses: updates newest first, times with a local
 * offset and milliseconds, many fields the import ignores). Test data only.
 */
export const resolvedIncidentFixture = {
  id: 'p7w1zx0n5k2c',
  name: 'Elevated login failures in the EU region',
  status: 'resolved',
  created_at: '2024-05-01T10:04:12.318-07:00',
  updated_at: '2024-05-01T13:52:40.101-07:00',
  monitoring_at: '2024-05-01T13:05:55.410-07:00',
  resolved_at: '2024-05-01T13:52:40.087-07:00',
  impact: 'major',
  shortlink: 'https://stspg.io/abc123',
  started_at: '2024-05-01T09:58:00.000-07:00',
  page_id: 'ydpvr1r1xj8k',
  incident_updates: [
    {
      id: 'r3x9wq2m8dtk',
      status: 'resolved',
      body: 'This incident has been resolved.',
      incident_id: 'p7w1zx0n5k2c',
      created_at: '2024-05-01T13:52:40.087-07:00',
      updated_at: '2024-05-01T13:52:40.087-07:00',
      display_at: '2024-05-01T13:52:40.087-07:00',
      affected_components: [
        { code: 'lmb3rvk8z1dx', name: 'Login', old_status: 'degraded_performance', new_status: 'operational' },
      ],
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    },
    {
      id: 'm0n1t0r1ng9q',
      status: 'monitoring',
      body: 'A fix has been implemented and we are monitoring the results.',
      incident_id: 'p7w1zx0n5k2c',
      created_at: '2024-05-01T13:05:55.410-07:00',
      updated_at: '2024-05-01T13:05:55.410-07:00',
      display_at: '2024-05-01T13:05:55.410-07:00',
      affected_components: null,
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    },
    {
      id: 'id3nt1f13d7z',
      status: 'identified',
      body: 'The issue has been identified and a fix is being implemented.',
      incident_id: 'p7w1zx0n5k2c',
      created_at: '2024-05-01T12:41:07.002-07:00',
      updated_at: '2024-05-01T12:41:07.002-07:00',
      // Back-dated by the responder: shown as posted earlier than it was created.
      display_at: '2024-05-01T12:35:00.000-07:00',
      affected_components: null,
      deliver_notifications: false,
      custom_tweet: null,
      tweet_id: null,
    },
    {
      id: 'inv3st1gat1n',
      status: 'investigating',
      body: 'We are investigating reports of users in the EU being unable to log in.',
      incident_id: 'p7w1zx0n5k2c',
      created_at: '2024-05-01T10:04:12.318-07:00',
      updated_at: '2024-05-01T10:04:12.318-07:00',
      display_at: null,
      affected_components: [
        { code: 'lmb3rvk8z1dx', name: 'Login', old_status: 'operational', new_status: 'degraded_performance' },
      ],
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    },
  ],
  components: [{ id: 'lmb3rvk8z1dx', name: 'Login', status: 'operational', position: 2 }],
};

/** An incident still open: `resolved_at` null, no `started_at`, ids missing on one update. */
export const ongoingIncidentFixture = {
  name: 'Delayed email notifications',
  status: 'investigating',
  created_at: '2026-02-10T08:15:00Z',
  updated_at: '2026-02-10T08:40:00Z',
  resolved_at: null,
  impact: 'minor',
  incident_updates: [
    {
      status: 'investigating',
      body: 'Some notification emails are delayed by up to 30 minutes. We are looking into it.',
      created_at: '2026-02-10T08:40:00Z',
      display_at: '2026-02-10T08:40:00Z',
    },
    {
      id: 'first update!!',
      status: 'investigating',
      body: 'We are investigating delays in email delivery.',
      created_at: '2026-02-10T08:15:00Z',
      display_at: '2026-02-10T08:15:00Z',
    },
  ],
};
