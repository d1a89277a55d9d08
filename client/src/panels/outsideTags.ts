import type { Analysis } from '@gapboard/shared';

/**
 * The tag of each comm the analysis leaves out (sent before the alert or after the resolution),
 * by comm id. Short enough to stay on one line in a laptop's side panel; the title says why.
 */
export function outsideTags(analysis: Pick<Analysis, 'warnings' | 'ongoing'>): Map<string, { label: string; title: string }> {
  const tags = new Map<string, { label: string; title: string }>();
  for (const w of analysis.warnings) {
    if (w.id === undefined) continue;
    if (w.code === 'comm-before-start') tags.set(w.id, { label: 'before the alert', title: 'Sent before the incident started: left out of the gaps' });
    if (w.code === 'comm-after-resolution') {
      tags.set(
        w.id,
        analysis.ongoing
          ? { label: 'after now', title: 'Dated after now (the incident is ongoing): left out of the gaps' }
          : { label: 'after resolution', title: 'Sent after the resolution: left out of the gaps' },
      );
    }
  }
  return tags;
}
