import { fromDateTimeInput } from '../time/zonedTime';

/** A comm as the editor's inputs hold it. */
export interface CommDraft {
  /** `YYYY-MM-DDTHH:mm` in the board's zone. */
  at: string;
  channelId: string;
  sender: string;
  summary: string;
}

export type CommDraftField = keyof CommDraft;
export type CommDraftErrors = Partial<Record<CommDraftField, string>>;

/** The editor's fields in screen order: the first one with an error gets the focus. */
export const COMM_DRAFT_FIELDS: readonly CommDraftField[] = ['at', 'channelId', 'sender', 'summary'];

/**
 * What stops a comm from being saved, per field; empty when it can be saved. A comm is a
 * message customers received, so it needs its text: an empty one would be drawn on the
 * timeline as an "update" that told nobody anything. The sender may stay blank (often unknown
 * afterwards). The shared schema still accepts empty text, for imported files.
 */
export function commDraftErrors(draft: CommDraft, zone: string, channelIds: readonly string[]): CommDraftErrors {
  const errors: CommDraftErrors = {};
  if (fromDateTimeInput(draft.at, zone) === null) errors.at = 'enter when it was sent (a valid date and time)';
  if (!channelIds.includes(draft.channelId)) errors.channelId = 'pick the channel it was sent on';
  if (draft.summary.trim() === '') errors.summary = 'enter the message: what customers were told';
  return errors;
}

/** A comm form closed with Escape: what was typed, and the comm as it was when the form opened. */
export interface KeptCommDraft {
  draft: CommDraft;
  opened: CommDraft;
}

/** Whether the form holds anything the user typed or changed (else closing it loses nothing). */
export function commDraftChanged(draft: CommDraft, opened: CommDraft): boolean {
  return COMM_DRAFT_FIELDS.some((k) => draft[k] !== opened[k]);
}

/**
 * The form to reopen for a kept draft: the fields the user changed keep their typed value (and
 * their value at the first opening, so a save still writes only them); the others take `current`
 * (the comm as it is now, or a new comm's defaults), so someone else's edit of them is not
 * shown as it was before.
 */
export function resumeCommDraft(kept: KeptCommDraft, current: CommDraft): KeptCommDraft {
  const draft = { ...current };
  const opened = { ...current };
  for (const k of COMM_DRAFT_FIELDS) {
    if (kept.draft[k] !== kept.opened[k]) {
      draft[k] = kept.draft[k];
      opened[k] = kept.opened[k];
    }
  }
  return { draft, opened };
}
