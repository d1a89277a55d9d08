/*
 * The colour a board's meeting gave this tab (Meeting.color), kept for the tab's session: a
 * reload asks for it again, so the others keep seeing the same colour. Without it the reload
 * asked for the device's stored colour, which someone present may have, and got whichever
 * palette colour was free first by then (someone who left may have freed an earlier one).
 * sessionStorage, not localStorage: a second tab is a second presence with a colour of its own,
 * and the next meeting starts from the stored profile colour again.
 */

const key = (boardId: string) => `gapboard.meetingColor.${boardId}`;

/** The colour this tab was given in the board's meeting, or null (none yet, or storage unavailable). */
export function loadGivenMeetingColor(boardId: string): string | null {
  try {
    const color = window.sessionStorage.getItem(key(boardId));
    return color && /^#[0-9a-fA-F]{6}$/.test(color) ? color : null;
  } catch {
    return null;
  }
}

/** Remembers the colour the board's meeting gave this tab. */
export function saveGivenMeetingColor(boardId: string, color: string): void {
  try {
    window.sessionStorage.setItem(key(boardId), color);
  } catch {
    // Storage unavailable or full: a reload asks for the stored profile colour, as before.
  }
}
