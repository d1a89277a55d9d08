import { BoardInputError, type CollectionName, type InvalidField } from '@gapboard/shared';

/**
 * What the user was writing when a write failed: the entry and what they were doing to it.
 * The words of every message come from here, so all panels and the canvas say the same thing.
 */
export interface WriteSubject {
  /** The collection written to (`meta` for the incident's prep). */
  collection: CollectionName | 'meta';
  /** What people call the entry: "issue", "comm", "action", "channel", "sticky". */
  noun: string;
  /**
   * - `editing`: typing text (which the caller keeps for them to copy);
   * - `changing`: a setting (a category, a date);
   * - `picking`: choosing it as the target of something (a root-cause sticky's issue);
   * - `moving`: dragging it on the canvas;
   * - `viewing`: its form was open, nothing changed yet (only for {@link deletedMessage}).
   */
  doing: 'editing' | 'changing' | 'picking' | 'moving' | 'viewing';
}

/** A failed write, in words for the person who made it. */
export interface WriteFailure {
  /**
   * `deleted`: someone deleted the entry itself meanwhile (there is nothing left to retry on);
   * `refused`: the write can be fixed and tried again, next to the control that made it.
   */
  kind: 'deleted' | 'refused';
  message: string;
  /** The field the refusal is about, when it is about one (the entry's own field name). */
  field?: string;
}

/** The words for a write to an entry that someone deleted while this user worked on it. */
export function deletedMessage({ noun, doing }: Pick<WriteSubject, 'noun' | 'doing'>): string {
  switch (doing) {
    case 'editing':
      return `Someone deleted this ${noun} while you were editing it — your text was not saved.`;
    case 'changing':
      return `Someone deleted this ${noun} while you were changing it — your change was not saved.`;
    case 'picking':
      return `Someone deleted that ${noun} just now — nothing was changed. Choose another ${noun}.`;
    case 'moving':
      return `Someone deleted this ${noun} while you were moving it.`;
    case 'viewing':
      return `Someone deleted this ${noun} while you had it open (you had not changed anything).`;
  }
}

/**
 * Turns what a document helper threw (`patchEntity`, `commitTextEdit`, `upsertComm`…) into a
 * message for the person whose write it was, never the helper's own text ("stickies.s1: no such
 * entry" is for developers and HTTP answers).
 */
export function describeWriteFailure(error: unknown, subject: WriteSubject): WriteFailure {
  const problem = error instanceof BoardInputError ? error.problem : undefined;
  if (problem?.kind === 'missing-entry') {
    if (problem.collection === subject.collection) return { kind: 'deleted', message: deletedMessage(subject) };
    if (problem.collection === 'channels') {
      return {
        kind: 'refused',
        field: 'channelId',
        message: `Someone deleted the channel you picked — nothing was saved. Pick another channel, then save again.`,
      };
    }
    return { kind: 'refused', message: `Someone deleted the ${NOUNS[problem.collection]} this ${subject.noun} belongs to — nothing was saved.` };
  }
  const first = problem?.kind === 'invalid-fields' ? problem.fields[0] : undefined;
  if (first) return { kind: 'refused', field: first.field, message: invalidFieldMessage(first, subject) };
  return {
    kind: 'refused',
    message:
      subject.doing === 'editing'
        ? 'Not saved: something unexpected went wrong. Copy your text, reload the page, then try again.'
        : 'Not saved: something unexpected went wrong. Reload the page, then try again.',
  };
}

function invalidFieldMessage(invalid: InvalidField, subject: WriteSubject): string {
  if (invalid.field === 'customerImpactImage') {
    return 'Not saved: the screenshot is too large to keep on the board (at most about 300 KB). Crop it or save it as a JPEG, then try again.';
  }
  const label = FIELD_LABELS[subject.collection]?.[invalid.field] ?? `this ${subject.noun}`;
  if (invalid.reason === 'too-long' && invalid.max !== undefined) {
    // The inputs stop at the limit, so only a merge with others' words gets past it.
    return `Not saved: ${label} holds at most ${invalid.max.toLocaleString('en-US')} characters, and with the words others saved meanwhile this is longer. Shorten it, then save again.`;
  }
  if (subject.collection === 'meta' && invalid.field === 'resolvedAt') {
    return 'Not saved: the resolution would come before the start (someone may have changed the start meanwhile). Check both, then save again.';
  }
  if (subject.collection === 'meta' && (invalid.field === 'investigation' || invalid.field === 'escalation')) {
    return `Not saved: ${label} would end before it starts. Check its two times, then save again.`;
  }
  return `Not saved: ${label} is not valid here. Check it, then save again.`;
}

const NOUNS: Record<CollectionName, string> = {
  channels: 'channel',
  comms: 'comm',
  stickies: 'sticky',
  actions: 'action',
  annotations: 'drawing',
};

const FIELD_LABELS: Partial<Record<WriteSubject['collection'], Record<string, string>>> = {
  stickies: { text: 'a sticky', rootCause: 'a root cause', category: 'the category' },
  actions: { text: 'an action', owner: 'an owner', due: 'the due date' },
  channels: { name: 'a channel name' },
  comms: { at: 'the time', sender: 'the sender', summary: 'a message', channelId: 'the channel' },
  meta: {
    title: 'the title',
    customerImpact: 'what customers saw',
    startedAt: 'the start',
    resolvedAt: 'the resolution',
    investigation: 'the investigation window',
    escalation: 'the escalation window',
    cadenceMinutes: 'the cadence target',
    timeZone: 'the time zone',
  },
};
