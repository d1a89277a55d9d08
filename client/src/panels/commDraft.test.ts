import { describe, expect, it } from 'vitest';
import { commDraftErrors, type CommDraft } from './commDraft';

const draft: CommDraft = { at: '2026-03-04T10:05', channelId: 'c1', sender: '', summary: 'Investigating login errors' };

describe('commDraftErrors', () => {
  it('accepts a comm with a time, a channel and its text (the sender may stay blank)', () => {
    expect(commDraftErrors(draft, 'Europe/Berlin', ['c1'])).toEqual({});
  });

  it.each([
    [{ summary: '' }, 'summary', 'enter the message: what customers were told'],
    [{ summary: '  \n ' }, 'summary', 'enter the message: what customers were told'],
    [{ at: '' }, 'at', 'enter when it was sent (a valid date and time)'],
    [{ at: '2026-02-30T10:00' }, 'at', 'enter when it was sent (a valid date and time)'],
    [{ channelId: 'gone' }, 'channelId', 'pick the channel it was sent on'],
  ] as const)('refuses %j with an error on %s', (change, field, message) => {
    const errors = commDraftErrors({ ...draft, ...change }, 'UTC', ['c1']);
    expect(errors).toEqual({ [field]: message });
  });
});
