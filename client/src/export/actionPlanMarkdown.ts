import { ROOT_CAUSE_CATEGORY_LABELS, type Analysis, type Board } from '@gapboard/shared';

/** Escapes characters that would change the meaning of a Markdown table cell or line. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();
}

/**
 * The action plan as Markdown, ready to paste into the incident review or a ticket: the
 * incident, the figures of step 2, the root causes of step 4 with the play's recommendation,
 * the actions of step 5 as a table, and the plan's warnings. Pure: takes the board and its
 * analysis, formats times with the given formatters (in the board's time zone, named once as
 * `timeZone`). The incident's own times use `formatDateTime`, which should carry the year: the
 * file is read months later, next to other incidents (`formatTime` alone gave "12 Mar, 09:05").
 */
export function actionPlanMarkdown(
  board: Board,
  analysis: Analysis,
  formatTime: (ms: number) => string,
  formatMinutes: (minutes: number) => string,
  timeZone?: string,
  formatDateTime: (ms: number) => string = formatTime,
): string {
  const { meta } = board;
  const lines: string[] = [];
  lines.push(`# Action plan: ${cell(meta.title) || 'Untitled incident'}`, '');

  if (meta.startedAt !== undefined) {
    const end = meta.resolvedAt == null ? 'ongoing' : formatDateTime(meta.resolvedAt);
    lines.push(`- Incident: ${formatDateTime(meta.startedAt)} → ${end}${timeZone ? ` (times in ${timeZone})` : ''}`);
  }
  const { stats } = analysis;
  if (stats.timeToFirstUpdateMinutes !== null) lines.push(`- Time to first update: ${formatMinutes(stats.timeToFirstUpdateMinutes)}`);
  if (stats.longestSilenceMinutes !== null) lines.push(`- Longest silence: ${formatMinutes(stats.longestSilenceMinutes)}`);
  lines.push(`- Customer updates: ${stats.updateCount} (target: one every ${meta.cadenceMinutes} min)`);
  if (analysis.gaps.length > 0) {
    const top = analysis.gaps
      .slice(0, 3)
      .map((g) => `${formatMinutes(g.minutes)} from ${formatTime(g.from)}`)
      .join('; ');
    lines.push(`- Biggest gaps: ${top}`);
  }
  lines.push('');

  if (analysis.rootCauseGroups.some((g) => g.causes.length > 0)) {
    lines.push('## Root causes', '');
    for (const group of analysis.rootCauseGroups) {
      lines.push(`### ${ROOT_CAUSE_CATEGORY_LABELS[group.category]}`, '', `Recommendation: ${cell(group.recommendation)}`, '');
      for (const c of group.causes) {
        const issues = c.issues.map((i) => cell(i.text)).filter(Boolean);
        lines.push(`- ${cell(c.rootCause) || '(no root cause written yet)'}${issues.length ? ` — issues: ${issues.join('; ')}` : ''}`);
      }
      lines.push('');
    }
  }

  lines.push('## Actions', '');
  if (analysis.actionPlan.actions.length === 0) {
    lines.push('No actions yet.', '');
  } else {
    lines.push('| # | Action | Owner | Due |', '|---|---|---|---|');
    analysis.actionPlan.actions.forEach((a, i) => {
      lines.push(`| ${i + 1} | ${cell(a.text)} | ${cell(a.owner) || '—'} | ${a.due || '—'} |`);
    });
    lines.push('');
  }
  if (analysis.actionPlan.warnings.length > 0) {
    lines.push('## Warnings', '');
    for (const w of analysis.actionPlan.warnings) lines.push(`- ${cell(w.message)}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
