import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardInputError, patchEntity, setMeta, upsertChannel, upsertComm, upsertSticky } from '@gapboard/shared';
import { commitTextEdit } from '@gapboard/shared/textMerge';
import { deletedMessage, describeWriteFailure, type WriteSubject } from './writeFailure';

/** A board with a channel, a comm on it and an issue sticky, as the panels write to. */
function board(): Y.Doc {
  const doc = new Y.Doc();
  upsertChannel(doc, { id: 'c1', name: 'Status page' });
  upsertComm(doc, { id: 'm1', channelId: 'c1', at: 1000, summary: 'Investigating' });
  upsertSticky(doc, { id: 's1', kind: 'issue', text: 'No update for 2 h', x: 0, y: 0 });
  return doc;
}

/** What `write` threw (the test fails if it threw nothing). */
function thrown(write: () => unknown): unknown {
  try {
    write();
  } catch (error) {
    return error;
  }
  throw new Error('expected the write to throw');
}

const rootCause: WriteSubject = { collection: 'stickies', noun: 'issue', doing: 'editing' };
const comm: WriteSubject = { collection: 'comms', noun: 'comm', doing: 'editing' };

describe('describeWriteFailure', () => {
  const cases: Array<[string, (doc: Y.Doc) => unknown, WriteSubject, ReturnType<typeof describeWriteFailure>]> = [
    [
      'an issue deleted while its root cause was typed',
      (doc) => {
        doc.getMap('stickies').delete('s1');
        commitTextEdit(doc, { collection: 'stickies', id: 's1', field: 'rootCause' }, { base: '', mine: 'Nobody owned comms' });
      },
      rootCause,
      { kind: 'deleted', message: 'Someone deleted this issue while you were editing it — your text was not saved.' },
    ],
    [
      "an issue deleted while its category was changed",
      (doc) => {
        doc.getMap('stickies').delete('s1');
        patchEntity(doc, 'stickies', 's1', { category: 'no-owner' });
      },
      { ...rootCause, doing: 'changing' },
      { kind: 'deleted', message: 'Someone deleted this issue while you were changing it — your change was not saved.' },
    ],
    [
      'the issue picked for a root-cause sticky, deleted just before the click',
      (doc) => {
        doc.getMap('stickies').delete('s1');
        patchEntity(doc, 'stickies', 's1', { rootCause: 'No template' });
      },
      { ...rootCause, doing: 'picking' },
      { kind: 'deleted', message: 'Someone deleted that issue just now — nothing was changed. Choose another issue.' },
    ],
    [
      'a comm deleted while it was edited',
      (doc) => {
        doc.getMap('comms').delete('m1');
        patchEntity(doc, 'comms', 'm1', { summary: 'Fix deployed' });
      },
      comm,
      { kind: 'deleted', message: 'Someone deleted this comm while you were editing it — your text was not saved.' },
    ],
    [
      "a new comm whose channel was deleted before Save",
      (doc) => {
        doc.getMap('channels').delete('c1');
        upsertComm(doc, { id: 'm2', channelId: 'c1', at: 2000, summary: 'Fixed' });
      },
      comm,
      { kind: 'refused', field: 'channelId', message: 'Someone deleted the channel you picked — nothing was saved. Pick another channel, then save again.' },
    ],
    [
      'a root cause that, merged with what someone else saved meanwhile, is over the limit',
      (doc) => {
        patchEntity(doc, 'stickies', 's1', { rootCause: 'a'.repeat(1500) });
        commitTextEdit(doc, { collection: 'stickies', id: 's1', field: 'rootCause' }, { base: '', mine: 'b'.repeat(1500) });
      },
      rootCause,
      {
        kind: 'refused',
        field: 'rootCause',
        message: 'Not saved: a root cause holds at most 2,000 characters, and with the words others saved meanwhile this is longer. Shorten it, then save again.',
      },
    ],
    [
      'a resolution before the start (someone moved the start meanwhile)',
      (doc) => {
        setMeta(doc, { startedAt: 5000 });
        setMeta(doc, { resolvedAt: 1000 });
      },
      { collection: 'meta', noun: 'incident', doing: 'changing' },
      {
        kind: 'refused',
        field: 'resolvedAt',
        message: 'Not saved: the resolution would come before the start (someone may have changed the start meanwhile). Check both, then save again.',
      },
    ],
    [
      'a screenshot too large for the document',
      (doc) => setMeta(doc, { customerImpactImage: `data:image/png;base64,${'A'.repeat(400_001)}` }),
      { collection: 'meta', noun: 'screenshot', doing: 'changing' },
      {
        kind: 'refused',
        field: 'customerImpactImage',
        message: 'Not saved: the screenshot is too large to keep on the board (at most about 300 KB). Crop it or save it as a JPEG, then try again.',
      },
    ],
    [
      'a value the schema refuses for a reason people cannot act on (not a number)',
      (doc) => patchEntity(doc, 'comms', 'm1', { at: Number.NaN }),
      { ...comm, doing: 'changing' },
      { kind: 'refused', field: 'at', message: 'Not saved: the time is not valid here. Check it, then save again.' },
    ],
  ];

  it.each(cases)('%s', (_name, write, subject, expected) => {
    expect(describeWriteFailure(thrown(() => write(board())), subject)).toEqual(expected);
  });

  it('never shows the helpers\' own text (field paths, ids) for any of them', () => {
    for (const [, write, subject] of cases) {
      const { message } = describeWriteFailure(thrown(() => write(board())), subject);
      expect(message).not.toMatch(/no such entry|stickies\.|comms\.|meta\.|unknown channel|Too big/);
    }
  });

  it('words a bug (anything but a refused input) without its text, and keeps the typed text in mind', () => {
    expect(describeWriteFailure(new TypeError("Cannot read properties of undefined (reading 'get')"), rootCause)).toEqual({
      kind: 'refused',
      message: 'Not saved: something unexpected went wrong. Copy your text, reload the page, then try again.',
    });
    expect(describeWriteFailure(new BoardInputError('stickies.s1.colour: unknown field'), { ...rootCause, doing: 'changing' }).message).toBe(
      'Not saved: something unexpected went wrong. Reload the page, then try again.',
    );
  });
});

describe('deletedMessage', () => {
  it('says who did what to which entry, and what became of the change', () => {
    expect(deletedMessage({ noun: 'sticky', doing: 'editing' })).toBe('Someone deleted this sticky while you were editing it — your text was not saved.');
    expect(deletedMessage({ noun: 'sticky', doing: 'moving' })).toBe('Someone deleted this sticky while you were moving it.');
  });
});
