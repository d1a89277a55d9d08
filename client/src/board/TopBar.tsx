import { navigate } from '../app/navigation';
import type { Meeting } from '../meeting/useMeeting';
import type { UserProfile } from '../storage/userProfile';
import type { ConnectionState, MeetingCatchUp } from '../sync/connectionState';
import type { BoardContext } from './BoardContext';
import { ConnectionBadge } from './ConnectionBadge';
import { ExportButtons } from './ExportButtons';
import { stepInfo } from './playSteps';
import { Roster } from './Roster';
import { TimerDisplay } from './TimerDisplay';

export interface TopBarProps {
  ctx: BoardContext;
  connection: ConnectionState;
  meeting: Meeting;
  locked: boolean;
  /** The name (as the others see it) and colour of this person. */
  profile: UserProfile;
  /** A viewer who gave no name: listed as "Viewer", offered to set a name. */
  nameIsDefault?: boolean;
  /** The live meeting is (re)joining: the connection badge waits for it before saying Online. */
  meetingCatchUp?: MeetingCatchUp;
  onHelp(): void;
  onRename(): void;
}

/** Title, connection, people, step and timer, exports and help: what everyone glances at. */
export function TopBar({ ctx, connection, meeting, locked, profile, nameIsDefault = false, meetingCatchUp = 'caught-up', onHelp, onRename }: TopBarProps) {
  const { board, role, readOnly } = ctx;
  const step = meeting.state?.step ?? 'prep';
  return (
    <header className={readOnly ? 'topbar read-only' : 'topbar'}>
      <a
        className="brand"
        href="/"
        onClick={(e) => {
          e.preventDefault();
          navigate('/');
        }}
        aria-label="Gapboard home"
      >
        <span className="logo" aria-hidden="true" />
      </a>
      <h1 className="board-title" title={board.meta.title}>
        {board.meta.title || 'Untitled board'}
      </h1>
      <ConnectionBadge connection={connection} meeting={meetingCatchUp} />
      {readOnly && (
        <span
          className="badge readonly"
          data-testid="readonly-badge"
          title={role === 'viewer' ? 'A read-only link: you see everything live but cannot change the board' : 'Locked by the facilitator: you can look but not edit'}
        >
          {role === 'viewer' ? (
            'Read-only'
          ) : (
            <>
              Locked<span className="wide-only"> by the facilitator</span>
            </>
          )}
        </span>
      )}
      {locked && !readOnly && <span className="badge locked">Board locked</span>}
      {meeting.refusal && (
        <span className="badge warn" role="alert">
          Meeting: {meeting.refusal.message}
        </span>
      )}
      <span className="topbar-spacer" />
      <span className="step-chip" aria-label={`Current step: ${stepInfo(step).label}`}>
        {stepInfo(step).label}
      </span>
      <TimerDisplay timer={meeting.state?.timer} stepMinutes={stepInfo(step).minutes} clockOffsetMs={meeting.clockOffsetMs} />
      <Roster roster={meeting.state?.roster ?? []} selfId={meeting.selfId} />
      <button
        className={nameIsDefault ? 'me link set-name' : 'me link'}
        onClick={onRename}
        // The name may be cut short in a narrow top bar: the tooltip has it whole.
        title={nameIsDefault ? `The others see you as "${profile.name}": click to give your name` : `${profile.name}: change your display name`}
        {...(nameIsDefault ? { 'aria-label': `Set your name (the others see you as "${profile.name}")` } : {})}
        data-testid="my-name"
      >
        <span className="swatch" style={{ background: profile.color }} aria-hidden="true" /> <span className="name">{profile.name}</span>
        {role === 'facilitator' && <span className="tag">facilitator</span>}
      </button>
      <ExportButtons ctx={ctx} />
      <button className="secondary icon" onClick={onHelp} aria-label="Help and keyboard shortcuts" title="Help (?)">
        ?
      </button>
    </header>
  );
}
