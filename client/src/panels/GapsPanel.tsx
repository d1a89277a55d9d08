import type { Comm, Interval } from '@gapboard/shared';
import type { BoardContext } from '../board/BoardContext';
import { effectiveTimeZone, formatMinutes, formatTime, spansSeveralDays } from '../time/zonedTime';

const KIND_LABEL: Record<Interval['kind'], string> = {
  'first-update': 'Alert → first update',
  'between-updates': 'Between updates',
  'to-resolution': 'Last update → resolution',
  'no-updates': 'Alert → resolution, no update at all',
};

const dayFormat = (zone: string) => new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const formatDay = (ms: number, zone: string): string => dayFormat(zone).format(ms);

/**
 * Step 2, mind the gap: the figures, every interval in minutes, and the gaps (intervals over the
 * cadence target) ranked, the top three marked to circle.
 */
/**
 * A note about a comm, for people: the analysis names the comm by its id (its JSON is read by
 * tools); here it is the comm's time and what it said.
 */
function commNote(warning: { message: string; id?: string }, comms: readonly Comm[], time: (ms: number) => string): string {
  const comm = warning.id === undefined ? undefined : comms.find((c) => c.id === warning.id);
  const prefix = `Comm "${warning.id}" `;
  if (!comm || !warning.message.startsWith(prefix)) return warning.message;
  const said = comm.summary.length > 60 ? `${comm.summary.slice(0, 59)}…` : comm.summary;
  return `The ${time(comm.at)} comm${said ? ` "${said}"` : ''} ${warning.message.slice(prefix.length)}`;
}

/** `onShowGap` brings a gap into view on the canvas (a click on its row). */
export function GapsPanel({ ctx, onShowGap }: { ctx: BoardContext; onShowGap?: (rank: number) => void }) {
  const { board, analysis } = ctx;
  const zone = effectiveTimeZone(board.meta.timeZone);
  const { stats } = analysis;
  const cadence = board.meta.cadenceMinutes;
  const rankOf = new Map(analysis.gaps.map((g) => [`${g.from}-${g.to}`, g.rank]));
  const fmt = (m: number | null) => (m === null ? '—' : formatMinutes(m));
  // Dates only when the incident crosses midnight: the times alone read faster.
  const multiDay = analysis.window ? spansSeveralDays([analysis.window.from, analysis.window.to], zone) : false;
  const time = (ms: number) => formatTime(ms, zone, multiDay);

  if (!analysis.window) {
    return (
      <section className="panel gaps-panel" data-testid="gaps-list" aria-labelledby="gaps-title">
        <h2 id="gaps-title">Mind the gap</h2>
        <p className="muted">Set when the incident started (Prep) to measure the gaps.</p>
      </section>
    );
  }

  return (
    <section className="panel gaps-panel" data-testid="gaps-list" aria-labelledby="gaps-title">
      <h2 id="gaps-title">Mind the gap</h2>
      {!multiDay && <p className="muted">{formatDay(analysis.window.from, zone)}, times in {zone}</p>}
      {analysis.ongoing && <p className="tag warn">Ongoing: measured up to now</p>}
      <dl className="stats">
        <div>
          <dt>Time to first update</dt>
          <dd data-testid="stat-first-update">{fmt(stats.timeToFirstUpdateMinutes)}</dd>
        </div>
        <div>
          <dt>Longest silence</dt>
          <dd data-testid="stat-longest">{fmt(stats.longestSilenceMinutes)}</dd>
        </div>
        <div>
          <dt>Updates</dt>
          <dd>{stats.updateCount}</dd>
        </div>
        <div>
          <dt>Median interval</dt>
          <dd>{fmt(stats.medianIntervalMinutes)}</dd>
        </div>
        <div>
          <dt>Within {cadence} min</dt>
          <dd>{stats.withinCadenceShare === null ? '—' : `${Math.round(stats.withinCadenceShare * 100)}% of the time`}</dd>
        </div>
      </dl>

      <h3>
        Gaps <span className="muted">(over {cadence} min, longest first)</span>
      </h3>
      {analysis.gaps.length === 0 ? (
        <p className="ok">No gap: every interval is within the {cadence}-minute target.</p>
      ) : (
        <ol className="gap-ranking">
          {analysis.gaps.map((g) => (
            <li key={`${g.from}-${g.to}`} data-testid="gap-row" data-rank={g.rank} className={g.rank <= 3 ? 'top' : undefined}>
              <button className="link gap-link" onClick={() => onShowGap?.(g.rank)} title="Show this gap on the board" data-testid="show-gap">
                <strong>{formatMinutes(g.minutes)}</strong> {KIND_LABEL[g.kind].toLowerCase()}, {time(g.from)} → {time(g.to)}
              </button>
              {g.rank <= 3 && <span className="tag circle">circle</span>}
            </li>
          ))}
        </ol>
      )}

      <h3>
        Every interval
      </h3>
      <table className="intervals">
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Minutes</th>
            <th scope="col">Kind</th>
          </tr>
        </thead>
        <tbody>
          {analysis.intervals.map((iv) => {
            const rank = rankOf.get(`${iv.from}-${iv.to}`);
            return (
              <tr key={`${iv.from}-${iv.to}`} className={iv.overTarget ? 'over' : undefined} data-testid="interval-row">
                <td>{time(iv.from)}</td>
                <td>{time(iv.to)}</td>
                <td className="num">
                  {Math.round(iv.minutes)}
                  {iv.overTarget && <span className="visually-hidden"> (over target{rank ? `, gap #${rank}` : ''})</span>}
                </td>
                <td>
                  {KIND_LABEL[iv.kind]}
                  {rank !== undefined && <span className="tag">gap #{rank}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {stats.channels.length > 0 && (
        <>
          <h3>By channel</h3>
          <ul className="channel-stats">
            {stats.channels.map((c) => (
              <li key={c.channelId}>
                {c.name}: {c.count} {c.count === 1 ? 'update' : 'updates'}
                {c.firstAt !== null && c.lastAt !== null && (
                  <span className="muted">
                    {' '}
                    ({formatTime(c.firstAt, zone, false)}–{formatTime(c.lastAt, zone, false)})
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {analysis.warnings.filter((w) => w.code.startsWith('comm-')).length > 0 && (
        <>
          <h3>Notes</h3>
          <ul className="warnings">
            {analysis.warnings
              .filter((w) => w.code.startsWith('comm-'))
              .map((w, i) => (
                <li key={`${w.code}-${w.id ?? i}`}>{commNote(w, board.comms, time)}</li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}
