import { z } from 'zod';
import { collectionNames } from '../model/entities';

/**
 * socket.io payloads of the live meeting (ephemeral: roster, cursors, ink, timer). Durable
 * board content never travels here; it lives in the Yjs document. Both sides validate with
 * these schemas.
 */

export const playSteps = ['prep', 'set-the-stage', 'mind-the-gap', 'assessment', 'root-causes', 'plan'] as const;
export const playStepSchema = z.enum(playSteps);
export type PlayStep = z.infer<typeof playStepSchema>;

export const roleSchema = z.enum(['facilitator', 'participant', 'viewer']);
export type Role = z.infer<typeof roleSchema>;

const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1f77b4');

/** client → server `join` */
export const joinPayloadSchema = z.object({
  boardId: z.string().min(21).max(64),
  name: z.string().trim().min(1, 'a display name is required').max(60),
  color: colorSchema,
  /** Facilitator key (unlocks facilitator commands). */
  key: z.string().max(200).optional(),
  /** Read-only link token. */
  readToken: z.string().max(200).optional(),
});
export type JoinPayload = z.infer<typeof joinPayloadSchema>;

export const participantSchema = z.object({
  id: z.string(),
  name: z.string(),
  color: z.string(),
  role: roleSchema,
});
export type Participant = z.infer<typeof participantSchema>;

/** client → server `cursor` (volatile); server → others `cursor` with `id` added. */
export const cursorPayloadSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
export type CursorPayload = z.infer<typeof cursorPayloadSchema>;

/** client → server `ink` (volatile, while a stroke is being drawn); `done` ends it locally. */
export const inkPayloadSchema = z.object({
  strokeId: z.string().min(1).max(64),
  points: z.array(z.number().finite()).max(4_000),
  color: colorSchema,
  done: z.boolean().default(false),
});
export type InkPayload = z.infer<typeof inkPayloadSchema>;

/**
 * What someone is editing in place: one text field of one entry (a sticky's text, an action's
 * owner…), or of the board's `meta` (id `meta`). Shown to the others so that two people do not
 * type into the same words unawares; the document itself merges their saves either way.
 */
export const editTargetSchema = z.object({
  collection: z.enum(['meta', ...collectionNames]),
  id: z.string().min(1).max(64),
  field: z.string().regex(/^[A-Za-z]{1,40}$/, 'expected a field name'),
});
export type EditTarget = z.infer<typeof editTargetSchema>;

/** client → server `editing`: what this participant now edits, or null when they stopped. */
export const editingPayloadSchema = z.object({ target: editTargetSchema.nullable() });
export type EditingPayload = z.infer<typeof editingPayloadSchema>;

export const timerStateSchema = z.object({
  /** Epoch ms when the running timer hits zero; null when paused or not started. */
  endsAt: z.number().nullable(),
  /** Remaining ms while paused. */
  remainingMs: z.number().nonnegative(),
  running: z.boolean(),
});
export type TimerState = z.infer<typeof timerStateSchema>;

/** A canvas side in screen px (the facilitator's, for follow-me). */
const canvasLengthSchema = z.number().positive().max(100_000);

/**
 * The view the facilitator leads with follow-me: world → screen is `screen = world * scale +
 * (x, y)` on a canvas of `width` × `height` px, so the part of the board they see is the world
 * rectangle from `(-x / scale, -y / scale)`, `width / scale` wide and `height / scale` high.
 * `width` and `height` are optional (older facilitators' clients do not send them).
 */
export const viewportSchema = z.object({
  x: z.number(),
  y: z.number(),
  scale: z.number(),
  width: canvasLengthSchema.optional(),
  height: canvasLengthSchema.optional(),
});
export type LedViewport = z.infer<typeof viewportSchema>;

/** client → server `command` (facilitator only). */
export const facilitatorCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('set-step'),
    step: playStepSchema,
    /**
     * Optional (added later; without it the timer is left as it is). With it, the timer stops
     * and is set to this many minutes, ready to start: the new step's own time, in the same
     * `meeting` broadcast as the step.
     */
    timerMinutes: z.number().positive().max(180).optional(),
  }),
  z.object({ type: z.literal('timer-start'), minutes: z.number().positive().max(180) }),
  z.object({ type: z.literal('timer-pause') }),
  z.object({ type: z.literal('timer-resume') }),
  z.object({ type: z.literal('timer-extend'), minutes: z.number().positive().max(60) }),
  z.object({ type: z.literal('follow-me'), on: z.boolean() }),
  z
    .object({
      type: z.literal('viewport'),
      x: z.number().finite(),
      y: z.number().finite(),
      scale: z.number().positive().max(100),
      /**
       * Optional (added later), together: the facilitator's canvas size in screen px, so that a
       * follower with another canvas size is shown the same part of the board (see
       * {@link viewportSchema}). Without them followers copy position and zoom as they are.
       */
      width: canvasLengthSchema.optional(),
      height: canvasLengthSchema.optional(),
    })
    .refine((v) => (v.width === undefined) === (v.height === undefined), {
      message: 'width and height go together (the canvas size), or neither',
      path: ['height'],
    }),
  z.object({ type: z.literal('lock'), locked: z.boolean() }),
  z.object({ type: z.literal('mint-read-link') }),
]);
export type FacilitatorCommand = z.infer<typeof facilitatorCommandSchema>;

/** server → clients `meeting`: the whole shared meeting state, sent on join and on change. */
export const meetingStateSchema = z.object({
  step: playStepSchema,
  timer: timerStateSchema,
  followMe: z.boolean(),
  viewport: viewportSchema.nullable(),
  locked: z.boolean(),
  roster: z.array(participantSchema),
  /** Server clock (epoch ms) when this state was sent, so clients can correct skew for the timer. */
  serverNow: z.number().optional(),
});
export type MeetingState = z.infer<typeof meetingStateSchema>;

/** server → client `error`: a payload was rejected; `code` is stable, `message` human. */
export const meetingErrorSchema = z.object({
  code: z.enum(['invalid-payload', 'not-joined', 'forbidden', 'rate-limited', 'unknown-board', 'meeting-full', 'server-error', 'board-deleted']),
  event: z.string(),
  message: z.string(),
});
export type MeetingError = z.infer<typeof meetingErrorSchema>;

/** server → facilitator `read-link` after `mint-read-link`. */
export const readLinkSchema = z.object({ token: z.string(), path: z.string() });
export type ReadLink = z.infer<typeof readLinkSchema>;

/** server → other clients `cursor`: a peer's pointer, with who it is. */
export const remoteCursorSchema = cursorPayloadSchema.extend({ id: z.string(), name: z.string(), color: z.string() });
export type RemoteCursor = z.infer<typeof remoteCursorSchema>;

/** server → other clients `ink`: a peer's stroke in progress. */
export const remoteInkSchema = inkPayloadSchema.extend({ id: z.string() });
export type RemoteInk = z.infer<typeof remoteInkSchema>;

/** server → other clients `editing`: what a peer now edits (null: nothing), with who it is. */
export const remoteEditingSchema = editingPayloadSchema.extend({ id: z.string(), name: z.string(), color: z.string() });
export type RemoteEditing = z.infer<typeof remoteEditingSchema>;

/** server → clients `cursor-leave`: a peer left; drop its cursor (and what it was editing). */
export const cursorLeaveSchema = z.object({ id: z.string() });
export type CursorLeave = z.infer<typeof cursorLeaveSchema>;

/** server → client: acknowledgement of `join`. `self` is the joiner's participant id. */
export const joinAckSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), role: roleSchema, self: z.string(), state: meetingStateSchema }),
  z.object({ ok: z.literal(false), error: meetingErrorSchema }),
]);
export type JoinAck = z.infer<typeof joinAckSchema>;

/** server → client: optional acknowledgement of `command`. */
export const commandAckSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: meetingErrorSchema }),
]);
export type CommandAck = z.infer<typeof commandAckSchema>;
