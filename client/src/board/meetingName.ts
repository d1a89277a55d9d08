/** What a viewer who has not given a name is called in the list of people here (not saved). */
export const DEFAULT_VIEWER_NAME = 'Viewer';

/** The name we join the meeting under, and whether the board waits for one. */
export interface MeetingName {
  /** The name the others see ('' until an editor has given one: the meeting waits). */
  name: string;
  /** The board is hidden behind the name prompt until a name is given. */
  mustAsk: boolean;
  /** The name is the viewers' default, not one this person chose (offer to set one). */
  isDefault: boolean;
}

/**
 * Editors (the facilitator, participants) are asked for a name before they join: their cursor
 * and their edits go by it. A viewer on a read-only link sees the board and the meeting's step at
 * once, listed as "Viewer" (with the role "viewer") until they choose to give a name. A name
 * saved on this device is used on every board, whatever the link.
 */
export function meetingName(savedName: string, viewerLink: boolean): MeetingName {
  if (savedName !== '') return { name: savedName, mustAsk: false, isDefault: false };
  if (viewerLink) return { name: DEFAULT_VIEWER_NAME, mustAsk: false, isDefault: true };
  return { name: '', mustAsk: true, isDefault: false };
}
