import { useState } from 'react';
import { boardPath, exampleBoardFileFor } from '@gapboard/shared';
import { createBoard, importStatuspageIncident, type CreatedBoard } from '../api/boardsApi';
import { navigate } from '../app/navigation';
import { localCalendarDate } from '../panels/actionDue';
import { ImportPanel } from './ImportPanel';
import { RecentBoardsList } from './RecentBoardsList';
import { singleIncident } from './singleIncident';

/** Opens a freshly created board; the facilitator key rides in the fragment, which is never sent. */
function openCreated(created: CreatedBoard): void {
  navigate(`${boardPath(created.id)}#key=${encodeURIComponent(created.facilitatorKey)}`);
}

/** `/`: create a board (blank, example, board file, Statuspage incident) or reopen a recent one. */
export function HomePage() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (create: () => Promise<CreatedBoard>, rethrow: boolean) => {
    setBusy(true);
    setError(null);
    try {
      openCreated(await create());
    } catch (err) {
      if (rethrow) throw err;
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="home">
      <header className="home-header">
        <h1>
          <span className="logo" aria-hidden="true" /> Gapboard
        </h1>
        <p className="lead">
          Run the <em>Incident response communications</em> retrospective together: draw the incident, mark every customer
          update, measure the silences, find their root causes and leave with 2–3 owned actions.
        </p>
      </header>
      <section className="home-actions" aria-label="Start">
        <button data-testid="home-create-blank" disabled={busy} onClick={() => void run(() => createBoard({}), false)}>
          New blank board
        </button>
        <button
          className="secondary"
          data-testid="home-open-example"
          disabled={busy}
          // Its actions are due in the coming weeks, counted from today, not on fixed past dates.
          onClick={() => void run(() => createBoard(exampleBoardFileFor(localCalendarDate(new Date()))), false)}
        >
          Open an example
        </button>
        {busy && <span role="status">Creating…</span>}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </section>
      <div className="home-grid">
        <ImportPanel
          title="From a board file"
          description="A gapboard/v1 JSON file, e.g. one downloaded from another board."
          testId="home-import-file"
          placeholder='{ "format": "gapboard/v1", "title": "Login outage", … }'
          submitLabel="Create board from file"
          busy={busy}
          onImport={(json) => run(() => createBoard(json), true)}
        />
        <ImportPanel
          title="From a Statuspage incident"
          description="One incident object from Atlassian Statuspage's /api/v2/incidents.json (incidents[i])."
          testId="home-import-statuspage"
          placeholder='{ "name": "…", "created_at": "…", "incident_updates": [ … ] }'
          submitLabel="Create board from incident"
          busy={busy}
          onImport={(json) => run(() => importStatuspageIncident(singleIncident(json)), true)}
        />
      </div>
      <RecentBoardsList />
    </main>
  );
}
