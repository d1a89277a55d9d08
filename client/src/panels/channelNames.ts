import type { Channel } from '@gapboard/shared';

/** Channel names compare trimmed and case-insensitively: "Status page" and " status PAGE". */
export function sameChannelName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/**
 * Why `name` cannot be given to a channel, or null when it can. Two lanes with the same name
 * could not be told apart on the timeline or in the comm editor's channel list. `selfId` is the
 * channel being renamed (it may keep its own name, or change its case).
 */
export function channelNameProblem(name: string, channels: readonly Channel[], selfId?: string): string | null {
  if (name.trim() === '') return 'a channel needs a name';
  const taken = channels.find((c) => c.id !== selfId && sameChannelName(c.name, name));
  return taken ? `there is already a channel named "${taken.name}"` : null;
}
