import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { ErrorBoundary } from '../app/ErrorBoundary';
import type { Meeting } from '../meeting/useMeeting';
import { ActionPlanPanel } from '../panels/ActionPlanPanel';
import { CommsPanel } from '../panels/CommsPanel';
import { GapsPanel } from '../panels/GapsPanel';
import { PrepForm } from '../panels/PrepForm';
import { RootCausesPanel } from '../panels/RootCausesPanel';
import { StepPanel } from '../panels/StepPanel';
import type { BoardContext } from './BoardContext';
import type { PlayStep } from '@gapboard/shared';
import { stepInfo, type PanelId } from './playSteps';

const TABS: Array<{ id: PanelId; label: string }> = [
  { id: 'step', label: 'Step' },
  { id: 'prep', label: 'Prep' },
  { id: 'comms', label: 'Comms' },
  { id: 'gaps', label: 'Gaps' },
  { id: 'rootcauses', label: 'Root causes' },
  { id: 'plan', label: 'Plan' },
];

export interface SidePanelsProps {
  ctx: BoardContext;
  meeting: Meeting;
  panel: PanelId;
  onPanel(panel: PanelId): void;
  following: boolean;
  onFollowing(on: boolean): void;
  /** A comm selected on the canvas: highlighted in the comms table. */
  selectedCommId: string | null;
  /** Brings a gap (by rank) into view on the canvas. */
  onShowGap(rank: number): void;
  /** The facilitator moved to this step while the user was typing here: offer to go (see useStepPanel). */
  waitingStep?: PlayStep | null;
  onGoToStep?(): void;
}

/** The right-hand panels, as ARIA tabs (arrow keys move between tabs). */
export function SidePanels({ ctx, meeting, panel, onPanel, following, onFollowing, selectedCommId, onShowGap, waitingStep = null, onGoToStep }: SidePanelsProps) {
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === panel);
    const delta = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = TABS[(i + delta + TABS.length) % TABS.length];
    if (!next) return;
    onPanel(next.id);
    tabRefs.current[next.id]?.focus();
  };
  const gapCount = ctx.analysis.gaps.length;
  // The panel's body (forms, tables) comes a frame after the board: opening a board draws the
  // canvas first instead of building, laying out and then waiting on the forms. The tabs and the
  // panel's box are there from the start, so nothing moves when the body arrives.
  const bodyShown = useAfterFirstPaint();
  // Another panel starts at its top, not where the last one was scrolled to.
  const body = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (body.current) body.current.scrollTop = 0;
  }, [panel]);
  // Hidden, the panels leave their width to the canvas (a projected board, a laptop screen).
  const [hidden, setHidden] = useState(false);
  // Opening a panel from elsewhere (the step panel's links, shortcuts) shows them again.
  useEffect(() => setHidden(false), [panel]);
  if (hidden) {
    return (
      <aside className="side hidden-panels" aria-label="Board panels">
        <button className="show-panels" onClick={() => setHidden(false)} aria-expanded={false} title="Show the panels" data-testid="show-panels">
          ‹ Panels
        </button>
      </aside>
    );
  }
  return (
    <aside className="side" aria-label="Board panels">
      <div className="side-head">
        <div className="tabs" role="tablist" aria-label="Panels" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t.id}
              ref={(el) => {
                tabRefs.current[t.id] = el;
              }}
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={panel === t.id}
              aria-controls={`panel-${t.id}`}
              tabIndex={panel === t.id ? 0 : -1}
              className={panel === t.id ? 'tab active' : 'tab'}
              onClick={() => onPanel(t.id)}
              data-testid={`tab-${t.id}`}
            >
              {t.label}
              {t.id === 'gaps' && gapCount > 0 && <span className="count">{gapCount}</span>}
            </button>
          ))}
        </div>
        <button
          className="hide-panels"
          onClick={() => setHidden(true)}
          aria-expanded={true}
          aria-label="Hide the panels"
          title="Hide the panels: more room for the board"
          data-testid="hide-panels"
        >
          »
        </button>
      </div>
      <div className="tab-panel" ref={body} role="tabpanel" id={`panel-${panel}`} aria-labelledby={`tab-${panel}`}>
        <ErrorBoundary label="this panel" resetKey={`${panel}`}>
          {!bodyShown && <p className="loading" role="status">Loading the panel…</p>}
          {bodyShown && panel === 'step' && <StepPanel ctx={ctx} meeting={meeting} following={following} onFollowing={onFollowing} onPanel={onPanel} />}
          {bodyShown && panel === 'prep' && <PrepForm ctx={ctx} />}
          {bodyShown && panel === 'comms' && <CommsPanel ctx={ctx} selectedId={selectedCommId} />}
          {bodyShown && panel === 'gaps' && <GapsPanel ctx={ctx} onShowGap={onShowGap} />}
          {bodyShown && panel === 'rootcauses' && <RootCausesPanel ctx={ctx} />}
          {bodyShown && panel === 'plan' && <ActionPlanPanel ctx={ctx} />}
        </ErrorBoundary>
      </div>
      {waitingStep && (
        // Below the panel, not above it: the field being typed in does not move.
        <div className="step-moved" role="status" data-testid="step-moved">
          <span>The facilitator moved to {stepInfo(waitingStep).label}.</span>
          <button className="secondary" onClick={onGoToStep}>
            Go there
          </button>
        </div>
      )}
    </aside>
  );
}
