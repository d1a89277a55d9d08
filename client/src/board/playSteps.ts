import type { FacilitatorCommand, PlayStep } from '@gapboard/shared';
import type { TimerPhase } from '../meeting/timerPhase';

/** One step of the play as the step panel shows it (PLAY.md; wording ours). */
export interface PlayStepInfo {
  step: PlayStep;
  /** Short label, numbered as in the play. */
  label: string;
  /** Suggested minutes (the timer starts with this). */
  minutes: number;
  /** What the group does in this step. */
  guidance: string;
  /** Questions for when the room stalls. */
  prompts: string[];
  /** The side panel most useful during the step. */
  panel: PanelId;
}

export type PanelId = 'step' | 'prep' | 'comms' | 'gaps' | 'rootcauses' | 'plan';

export const PLAY_STEPS: readonly PlayStepInfo[] = [
  {
    step: 'prep',
    label: 'Prep',
    minutes: 20,
    guidance:
      'Paint the incident: when it started (initial alert) and ended (resolution), the investigation and escalation windows, what customers saw, and every message sent to customers: channel, sender, time.',
    prompts: [],
    panel: 'prep',
  },
  {
    step: 'set-the-stage',
    label: '1 Set the stage',
    minutes: 10,
    guidance:
      'Present the incident and the timeline. Walk through it together and add the comms that are missing. A safe space for frustration and disagreement.',
    prompts: [],
    panel: 'comms',
  },
  {
    step: 'mind-the-gap',
    label: '2 Mind the gap',
    minutes: 10,
    guidance:
      'Read the intervals: alert → first update, update → update, last update → resolution. Circle the biggest gaps. Communicate early and often: an update every 20–30 minutes until resolution.',
    prompts: [],
    panel: 'gaps',
  },
  {
    step: 'assessment',
    label: '3 Assessment',
    minutes: 15,
    guidance: 'Everyone writes problems, gaps and confusion on issue stickies (press N), next to the moment they are about.',
    prompts: [
      'Where did the error page send customers? Is that our usual error path?',
      'How would you have felt as a customer?',
      'Did we communicate early and often (see step 2)? Why or why not?',
      'How did we decide who communicates to customers?',
      'Did we reach the right customers? How do we know?',
      'Were the channels easy for customers to find and see?',
      'Did our comms reduce the need to contact support?',
      'What do customers know about this incident from our comms alone?',
    ],
    panel: 'step',
  },
  {
    step: 'root-causes',
    label: '4 Root causes',
    minutes: 15,
    guidance:
      'Each person places their issue stickies by the timeline and explains them; the group asks why each happened, down to the root cause in the communication process ("5 Whys").',
    prompts: ['Why did this happen? And why did that happen?', 'Is this about the process, not a person?'],
    panel: 'rootcauses',
  },
  {
    step: 'plan',
    label: '5 Plan',
    minutes: 10,
    guidance:
      'Pick 2–3 high-priority issues and write actions with an owner and a deadline. Only record what the team will actually work on.',
    prompts: [],
    panel: 'plan',
  },
];

/** The info of a step (every `PlayStep` has one). */
export function stepInfo(step: PlayStep): PlayStepInfo {
  return PLAY_STEPS.find((s) => s.step === step) ?? (PLAY_STEPS[0] as PlayStepInfo);
}

/**
 * The facilitator's command for clicking a step, given the timer's phase in the current step
 * (`timerPhase`). A timer with nothing counted on it (idle, ready, or run out) is set to the new
 * step's minutes, ready to start: the facilitator usually introduces a step before its clock
 * runs. A countdown that is running or paused part-way is left alone: one misclick on another
 * step (and back) must not throw away the group's time for everyone, with no way back; the
 * facilitator restarts it for the new step on purpose ("Restart…", which asks). Clicking the
 * current step sends nothing.
 */
export function moveToStepCommand(current: PlayStep, next: PlayStep, timer: TimerPhase): FacilitatorCommand | null {
  if (current === next) return null;
  if (timer === 'running' || timer === 'paused') return { type: 'set-step', step: next };
  return { type: 'set-step', step: next, timerMinutes: stepInfo(next).minutes };
}
