import { describe, expect, it } from 'vitest';
import { commDraftChanged, commDraftErrors, resumeCommDraft, type CommDraft } from './commDraft';

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

describe('commDraftChanged', () => {
  it('is false for a form left as it opened, true once any field differs', () => {
    expect(commDraftChanged({ ...draft }, draft)).toBe(false);
    expect(commDraftChanged({ ...draft, sender: 'Ana' }, draft)).toBe(true);
    expect(commDraftChanged({ ...draft, at: '2026-03-04T10:06' }, draft)).toBe(true);
  });
});

describe('resumeCommDraft', () => {
  it("keeps the fields typed before Escape and takes the others as they are now (someone else's edit included)", () => {
    const opened = draft;
    const kept = { draft: { ...opened, summary: 'Identified: expired certificate' }, opened };
    const now = { ...opened, sender: 'Priya (Support lead)', summary: 'Investigating login errors, EU only' };
    expect(resumeCommDraft(kept, now)).toEqual({
      draft: { ...now, summary: 'Identified: expired certificate' },
      // A save compares with this: the summary counts as changed, the sender as untouched.
      opened: { ...now, summary: opened.summary },
    });
  });
});
