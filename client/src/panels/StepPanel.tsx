import { useState } from 'react';
import type { FacilitatorCommand, PlayStep, TimerState } from '@gapboard/shared';
import type { BoardContext } from '../board/BoardContext';
import { PLAY_STEPS, moveToStepCommand, stepInfo, type PanelId } from '../board/playSteps';
import { TimerDisplay } from '../board/TimerDisplay';
import type { Meeting } from '../meeting/useMeeting';
import { useTimerPhase } from '../meeting/useTimerPhase';
import { FacilitatorTools } from './FacilitatorTools';
import { TimerControls } from './TimerControls';

export interface StepPanelProps {
  ctx: BoardContext;
  meeting: Meeting;
  following: boolean;
  onFollowing(on: boolean): void;
  onPanel(panel: PanelId): void;
}

const PANEL_LABEL: Record<PanelId, string> = {
  step: 'Step',
  prep: 'the prep form',
  comms: 'the comms',
  gaps: 'the gaps',
  rootcauses: 'the root causes',
  plan: 'the action plan',
};

/**
 * The play, step by step: where the group is, what to do, the prompts for when the room
 * stalls, and the shared timer. The facilitator drives step and timer; everyone sees them.
 */
export function StepPanel({ ctx, meeting, following, onFollowing, onPanel }: StepPanelProps) {
  const isFacilitator = ctx.role === 'facilitator';
  const state = meeting.state;
  const step = state?.step ?? 'prep';
  const info = stepInfo(step);
  const timer = state?.timer;
  const send = (c: FacilitatorCommand) => meeting.sendCommand(c);
  const [showAllPrompts, setShowAllPrompts] = useState(true);
  const timerPhase = useTimerPhase(timer, info.minutes, meeting.clockOffsetMs);
  // A step change leaves a counting timer alone (see moveToStepCommand); say so, until the timer
  // or the step changes again, so the facilitator is not surprised by the last step's time.
  const [kept, setKept] = useState<{ from: PlayStep; to: PlayStep; timer: string } | null>(null);
  const keptNote = kept && kept.to === step && kept.timer === timerKey(timer) ? kept : null;

  return (
    <section className="panel step-panel" data-testid="step-panel" aria-labelledby="step-title">
      <h2 id="step-title">The play</h2>
      {meeting.status !== 'joined' && (
        <p className="muted" role="status">
          {meeting.status === 'refused' || meeting.status === 'load-failed' ? 'Not connected to the meeting.' : 'Joining the meeting…'}
        </p>
      )}
      <ol className="steps">
        {PLAY_STEPS.map((s) => (
          <li key={s.step} className={s.step === step ? 'current' : undefined} aria-current={s.step === step ? 'step' : undefined}>
            {isFacilitator ? (
              <button
                className="link"
                onClick={() => {
                  const command = moveToStepCommand(step, s.step, timerPhase);
                  if (!command) return;
                  const keeps = command.type === 'set-step' && command.timerMinutes === undefined;
                  const from = keptNote?.from ?? step;
                  setKept(keeps && from !== s.step ? { from, to: s.step, timer: timerKey(timer) } : null);
                  send(command);
                }}
                disabled={meeting.status !== 'joined'}
              >
                {s.label}
              </button>
            ) : (
              <span>{s.label}</span>
            )}
            <span className="muted"> · {s.minutes} min</span>
          </li>
        ))}
      </ol>

      <div className="step-now">
        <h3>
          {info.label} <span className="muted">({info.minutes} min)</span>
        </h3>
        <p>{info.guidance}</p>
        {info.panel !== 'step' && (
          <button className="secondary" onClick={() => onPanel(info.panel)}>
            Open {PANEL_LABEL[info.panel]} →
          </button>
        )}
        {info.prompts.length > 0 && (
          <>
            <button className="link" aria-expanded={showAllPrompts} onClick={() => setShowAllPrompts((v) => !v)}>
              {showAllPrompts ? 'Hide prompts' : 'Prompts for when the room stalls'}
            </button>
            {showAllPrompts && (
              <ul className="prompts">
                {info.prompts.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>

      <div className="timer-box">
        <span className="label">Timer</span>
        <TimerDisplay timer={timer} stepMinutes={info.minutes} clockOffsetMs={meeting.clockOffsetMs} testId="step-timer" announce={false} />
        {isFacilitator && keptNote && (timerPhase === 'running' || timerPhase === 'paused') && (
          <p className="hint" data-testid="timer-kept">
            Still counting from {stepInfo(keptNote.from).label}: restart it for this step when you are ready.
          </p>
        )}
        {isFacilitator && (
          <TimerControls
            timer={timer}
            step={step}
            stepMinutes={info.minutes}
            clockOffsetMs={meeting.clockOffsetMs}
            disabled={meeting.status !== 'joined'}
            send={send}
          />
        )}
      </div>

      <h3>People here ({state?.roster.length ?? 0})</h3>
      <ul className="people">
        {(state?.roster ?? []).map((p) => (
          <li key={p.id}>
            <span className="swatch" style={{ background: p.color }} aria-hidden="true" /> {p.name}
            {p.id === meeting.selfId && <span className="muted"> (you)</span>}
            {p.role !== 'participant' && <span className="tag">{p.role}</span>}
          </li>
        ))}
      </ul>
      {!isFacilitator && (
        <label className="check">
          <input type="checkbox" data-testid="follow-toggle" checked={following} onChange={(e) => onFollowing(e.target.checked)} />
          Follow the facilitator {state?.followMe ? '' : <span className="muted">(the facilitator is not leading the view now)</span>}
        </label>
      )}
      {isFacilitator && <FacilitatorTools meeting={meeting} boardId={ctx.boardId} title={ctx.board.meta.title} onDeleteBoard={ctx.deleteBoard} />}
    </section>
  );
}

/** The timer's identity for "has it changed since": any pause, resume, extension or restart. */
function timerKey(timer: TimerState | undefined): string {
  return timer ? `${timer.running}|${timer.endsAt}|${timer.remainingMs}` : 'none';
}
