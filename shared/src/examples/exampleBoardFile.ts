import type { BoardFile } from '../model/boardFile';

/**
 * The built-in incident behind "Open an example": a realistic, fictional login outage that
 * shows what the exercise finds. Times are Europe/Berlin (UTC+01:00 in March). It has the
 * pieces of the play's prep: start and resolution (~4 h 27 min; the resolution is declared a
 * minute after the "resolved" posts), the investigation and escalation windows, what customers
 * saw, four channels, 14 comms with the same news sent on several channels within a minute, a
 * 2 h 22 min silence mid-incident (10:02 → 12:24) and a 45 min one before the resolution,
 * issue stickies with root causes spread over the play's categories (pinned inside the long
 * silence), and two owned, dated actions.
 *
 * Lane order follows the channel ids (the board's canonical order is by id), hence the
 * numbered ids.
 */
export const exampleBoardFile: BoardFile = {
  format: 'gapboard/v1',
  title: 'Login outage — EU region',
  incident: {
    startedAt: '2026-03-17T09:12:00+01:00',
    resolvedAt: '2026-03-17T13:39:00+01:00',
    investigation: { from: '2026-03-17T09:12:00+01:00', to: '2026-03-17T12:05:00+01:00' },
    escalation: { from: '2026-03-17T10:15:00+01:00', to: '2026-03-17T11:40:00+01:00' },
    customerImpact:
      'About 40% of sign-ins from the EU failed on the web app and the mobile apps: after the ' +
      'password step customers saw "Something went wrong (error 502) — please contact support", ' +
      'which pointed them to the support portal. Existing sessions kept working. Support tickets ' +
      'tripled within the first hour.',
    timeZone: 'Europe/Berlin',
  },
  cadenceMinutes: 30,
  channels: [
    { id: 'ch1-status', name: 'Status page', color: '#1f77b4' },
    { id: 'ch2-social', name: 'Twitter/X', color: '#17becf' },
    { id: 'ch3-desk', name: 'Service desk', color: '#ff7f0e' },
    { id: 'ch4-email', name: 'Email', color: '#2ca02c' },
  ],
  comms: [
    {
      id: 'm01',
      channelId: 'ch3-desk',
      at: '2026-03-17T09:20:00+01:00',
      sender: 'Support (Lea)',
      summary: 'First tickets answered by hand: "We are looking into login problems, sorry for the trouble."',
    },
    {
      id: 'm02',
      channelId: 'ch1-status',
      at: '2026-03-17T09:31:00+01:00',
      sender: 'Incident commander (Tomasz)',
      summary: 'Investigating: some customers in Europe cannot sign in. Existing sessions are not affected.',
    },
    {
      id: 'm03',
      channelId: 'ch2-social',
      at: '2026-03-17T09:31:40+01:00',
      sender: 'Social team (Mia)',
      summary: 'We are looking into sign-in problems in Europe. Updates on our status page.',
    },
    {
      id: 'm04',
      channelId: 'ch3-desk',
      at: '2026-03-17T09:44:00+01:00',
      sender: 'Support (Lea)',
      summary: 'Macro "Known login issue" added: links the status page, asks customers not to reset passwords.',
    },
    {
      id: 'm05',
      channelId: 'ch1-status',
      at: '2026-03-17T10:02:00+01:00',
      sender: 'Incident commander (Tomasz)',
      summary: 'Still investigating: about 40% of EU sign-ins fail. Next update in 30 minutes.',
    },
    {
      id: 'm06',
      channelId: 'ch2-social',
      at: '2026-03-17T10:02:35+01:00',
      sender: 'Social team (Mia)',
      summary: 'Still investigating the EU sign-in problem; next update in 30 minutes.',
    },
    {
      id: 'm07',
      channelId: 'ch4-email',
      at: '2026-03-17T10:02:50+01:00',
      sender: 'Account management (Ravi)',
      summary: 'Heads-up email to enterprise admins: sign-in failures in the EU, status page link.',
    },
    {
      id: 'm08',
      channelId: 'ch1-status',
      at: '2026-03-17T12:24:00+01:00',
      sender: 'Identity team lead (Sven)',
      summary: 'Identified: an expired intermediate certificate on the EU identity gateway. A fix is rolling out.',
    },
    {
      id: 'm09',
      channelId: 'ch2-social',
      at: '2026-03-17T12:24:45+01:00',
      sender: 'Social team (Mia)',
      summary: 'Cause found, fix rolling out. Sorry for the long wait for news.',
    },
    {
      id: 'm10',
      channelId: 'ch1-status',
      at: '2026-03-17T12:52:00+01:00',
      sender: 'Incident commander (Tomasz)',
      summary: 'Monitoring: the fix is live and sign-ins are recovering.',
    },
    {
      id: 'm11',
      channelId: 'ch3-desk',
      at: '2026-03-17T12:53:00+01:00',
      sender: 'Support (Lea)',
      summary: 'Macro updated: cause fixed, ask customers to retry; open tickets bulk-answered.',
    },
    {
      id: 'm12',
      channelId: 'ch1-status',
      at: '2026-03-17T13:38:00+01:00',
      sender: 'Incident commander (Tomasz)',
      summary: 'Resolved: sign-ins work normally again. A post-incident report will follow.',
    },
    {
      id: 'm13',
      channelId: 'ch2-social',
      at: '2026-03-17T13:38:30+01:00',
      sender: 'Social team (Mia)',
      summary: 'Resolved: sign-in is back to normal in Europe. Thanks for your patience.',
    },
    {
      id: 'm14',
      channelId: 'ch4-email',
      at: '2026-03-17T13:38:50+01:00',
      sender: 'Account management (Ravi)',
      summary: 'Resolution email to enterprise admins, with a promise of the incident report.',
    },
  ],
  stickies: [
    {
      id: 's1',
      kind: 'issue',
      text: 'No customer update for over two hours although we had promised one in 30 minutes.',
      x: 560,
      y: 360,
      rootCause: 'Nothing new from engineering, so nobody thought there was anything to say.',
      category: 'no-information',
      at: '2026-03-17T11:05:00+01:00',
    },
    {
      id: 's2',
      kind: 'issue',
      text: 'Service desk kept sending the 09:44 macro for three hours; nobody refreshed it.',
      x: 750,
      y: 360,
      rootCause: 'No named comms owner: the incident commander was also debugging.',
      category: 'no-owner',
      at: '2026-03-17T11:30:00+01:00',
    },
    {
      id: 's3',
      kind: 'issue',
      text: 'The status page waited 85 minutes for the identity lead to approve any wording.',
      x: 560,
      y: 530,
      rootCause: 'Only the owning team lead could approve customer messages; no deputy.',
      category: 'no-chain-of-command',
      at: '2026-03-17T10:40:00+01:00',
    },
    {
      id: 's4',
      kind: 'issue',
      text: 'A draft "still investigating" post sat in Slack for 20 minutes while we argued about tone.',
      x: 370,
      y: 530,
      rootCause: 'No template for a holding update and no tone guide.',
      category: 'unsure-what-to-say',
      at: '2026-03-17T10:25:00+01:00',
    },
    {
      id: 's5',
      kind: 'root-cause',
      text: 'Customer comms is nobody’s job during an incident: it happens when someone remembers.',
      x: 960,
      y: 380,
      at: '2026-03-17T11:45:00+01:00',
    },
    {
      id: 's6',
      kind: 'note',
      text: 'The email only reached enterprise admins; smaller customers learned about the outage on X.',
      x: 1380,
      y: 330,
    },
  ],
  actions: [
    {
      id: 'a1',
      text: 'Name a comms lead for every SEV1/SEV2 page-out and add the role to the on-call rota.',
      owner: 'Priya Nair (Incident management)',
      due: '2026-04-15',
    },
    {
      id: 'a2',
      text: 'Publish holding-update templates (status page, X, desk macro) and a 30-minute update reminder in the incident bot.',
      owner: 'Jonas Weber (Support operations)',
      due: '2026-04-30',
    },
  ],
  annotations: [],
};
