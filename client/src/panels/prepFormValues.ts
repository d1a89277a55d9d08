import { isValidTimeZone, type Meta, type MetaPatch } from '@gapboard/shared';
import { effectiveTimeZone, fromDateTimeInput, toDateTimeInput } from '../time/zonedTime';

/** The prep form's fields as the inputs hold them (strings; times as wall-clock in `timeZone`). */
export interface PrepFormValues {
  title: string;
  timeZone: string;
  startedAt: string;
  /** Ticked: no resolution yet (the analysis uses "now"). */
  ongoing: boolean;
  resolvedAt: string;
  investigationFrom: string;
  investigationTo: string;
  escalationFrom: string;
  escalationTo: string;
  cadenceMinutes: string;
  customerImpact: string;
}

export type PrepField = keyof PrepFormValues;
export type PrepErrors = Partial<Record<PrepField, string>>;

/** The form's values for a board's meta, times shown in the board's zone. */
export function prepValuesFromMeta(meta: Meta): PrepFormValues {
  const zone = effectiveTimeZone(meta.timeZone);
  const t = (ms: number | null | undefined): string => (typeof ms === 'number' ? toDateTimeInput(ms, zone) : '');
  return {
    title: meta.title,
    timeZone: zone,
    startedAt: t(meta.startedAt),
    ongoing: meta.startedAt !== undefined && meta.resolvedAt == null,
    resolvedAt: t(meta.resolvedAt),
    investigationFrom: t(meta.investigation?.from),
    investigationTo: t(meta.investigation?.to),
    escalationFrom: t(meta.escalation?.from),
    escalationTo: t(meta.escalation?.to),
    cadenceMinutes: String(meta.cadenceMinutes),
    customerImpact: meta.customerImpact,
  };
}

const NOT_A_TIME = 'not a valid date and time';
const INCOMPLETE_TIME = 'this date and time is incomplete: fill in every part (or clear it)';

/** The form's date-and-time fields. */
export const PREP_TIME_FIELDS = ['startedAt', 'resolvedAt', 'investigationFrom', 'investigationTo', 'escalationFrom', 'escalationTo'] as const satisfies readonly PrepField[];

/**
 * Checks the form and turns it into a `setMeta` patch. Impossible input (a date that does not
 * exist, a resolution before the start, a phase that ends before it starts, half a phase, a
 * cadence that is not a positive number) gives an error per field and no patch, so nothing is
 * written. An empty resolution, like "still ongoing", means the incident has no end yet.
 *
 * `incomplete` names the time fields typed only in part: a browser gives such a field the value
 * "" although it shows digits, and "empty" would be the wrong thing to say about it (or, for a
 * start with no resolution, a silent reason to clear the start).
 */
export function prepPatchFromValues(
  values: PrepFormValues,
  previous?: Meta,
  incomplete: ReadonlySet<PrepField> = new Set(),
): { ok: true; patch: MetaPatch } | { ok: false; errors: PrepErrors } {
  const errors: PrepErrors = {};
  const zone = values.timeZone;
  if (!isValidTimeZone(zone)) errors.timeZone = 'unknown time zone';
  const tz = isValidTimeZone(zone) ? zone : 'UTC';

  // The inputs show minutes; a time left as it was keeps its seconds (imports carry them).
  const time = (field: PrepField, text: string, before?: number | null): number | undefined => {
    if (text.trim() === '') {
      if (incomplete.has(field)) errors[field] = INCOMPLETE_TIME;
      return undefined;
    }
    if (typeof before === 'number' && toDateTimeInput(before, tz) === text.trim()) return before;
    const ms = fromDateTimeInput(text, tz);
    if (ms === null) {
      errors[field] = NOT_A_TIME;
      return undefined;
    }
    return ms;
  };

  const title = values.title.trim();
  if (title.length > 200) errors.title = 'at most 200 characters';

  const startedAt = time('startedAt', values.startedAt, previous?.startedAt);
  const resolvedAt = values.ongoing ? undefined : time('resolvedAt', values.resolvedAt, previous?.resolvedAt);
  if (resolvedAt !== undefined && startedAt === undefined && !errors.startedAt) {
    errors.startedAt = 'enter the start (initial alert) before the resolution';
  }
  if (startedAt !== undefined && resolvedAt !== undefined && resolvedAt < startedAt) {
    errors.resolvedAt = 'the resolution cannot come before the start';
  }

  const phase = (name: 'investigation' | 'escalation') => {
    const fromField = `${name}From` as const;
    const toField = `${name}To` as const;
    const from = time(fromField, values[fromField], previous?.[name]?.from);
    const to = time(toField, values[toField], previous?.[name]?.to);
    if (errors[fromField] || errors[toField]) return undefined;
    if (from === undefined && to === undefined) return undefined;
    if (from === undefined) {
      errors[fromField] = 'enter when this phase started (or clear both)';
      return undefined;
    }
    if (to === undefined) {
      errors[toField] = 'enter when this phase ended (or clear both)';
      return undefined;
    }
    if (to < from) {
      errors[toField] = 'the phase ends before it starts';
      return undefined;
    }
    return { from, to };
  };
  const investigation = phase('investigation');
  const escalation = phase('escalation');

  const cadence = Number(values.cadenceMinutes);
  if (values.cadenceMinutes.trim() === '' || !Number.isFinite(cadence) || cadence <= 0 || cadence > 24 * 60) {
    errors.cadenceMinutes = 'enter a number of minutes between 1 and 1440';
  }
  if (values.customerImpact.length > 4000) errors.customerImpact = 'at most 4000 characters';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    patch: {
      title,
      // UTC is the default: store nothing rather than a redundant value.
      timeZone: zone === 'UTC' ? undefined : zone,
      startedAt,
      resolvedAt: startedAt === undefined ? undefined : (resolvedAt ?? null),
      investigation,
      escalation,
      cadenceMinutes: cadence,
      customerImpact: values.customerImpact,
    },
  };
}

/** Re-expresses the form's times in another zone, keeping the instants (used when the zone changes). */
export function convertPrepTimes(values: PrepFormValues, toZone: string): PrepFormValues {
  if (!isValidTimeZone(values.timeZone) || !isValidTimeZone(toZone)) return { ...values, timeZone: toZone };
  const next = { ...values, timeZone: toZone };
  for (const f of PREP_TIME_FIELDS) {
    const ms = values[f] ? fromDateTimeInput(values[f], values.timeZone) : null;
    if (ms !== null) next[f] = toDateTimeInput(ms, toZone);
  }
  return next;
}

/** Which form fields feed each meta field of the patch. */
const FIELDS_OF: Record<string, readonly PrepField[]> = {
  title: ['title'],
  timeZone: ['timeZone'],
  startedAt: ['startedAt'],
  resolvedAt: ['ongoing', 'resolvedAt', 'startedAt'],
  investigation: ['investigationFrom', 'investigationTo'],
  escalation: ['escalationFrom', 'escalationTo'],
  cadenceMinutes: ['cadenceMinutes'],
  customerImpact: ['customerImpact'],
};

/**
 * Keeps only the parts of a patch this user actually edited (form values that differ from
 * `base`, the values when the edit began). Someone else may have changed another field of the
 * prep meanwhile; saving must not write our stale copy of it back over theirs.
 */
export function onlyEditedFields(patch: MetaPatch, values: PrepFormValues, base: PrepFormValues): MetaPatch {
  const edited = (f: PrepField): boolean => values[f] !== base[f];
  return Object.fromEntries(
    Object.entries(patch).filter(([key]) => (FIELDS_OF[key] ?? [key as PrepField]).some(edited)),
  ) as MetaPatch;
}

/** The form's fields in screen order: after a failed save the first one with an error gets the focus. */
export const PREP_FIELD_ORDER: readonly PrepField[] = [
  'title',
  'timeZone',
  'startedAt',
  'ongoing',
  'resolvedAt',
  'investigationFrom',
  'investigationTo',
  'escalationFrom',
  'escalationTo',
  'customerImpact',
  'cadenceMinutes',
];

/**
 * The form field under which a refusal of meta field `metaField` is shown (a phase window's
 * under its "To", where the form checks it); undefined when the form has no such field.
 */
export function prepFieldOfMeta(metaField: string | undefined): PrepField | undefined {
  if (metaField === 'investigation') return 'investigationTo';
  if (metaField === 'escalation') return 'escalationTo';
  return PREP_FIELD_ORDER.find((f) => f === metaField);
}

/** The first field, in screen order, that has an entry in `errors`. */
export function firstFieldWithError(errors: PrepErrors): PrepField | undefined {
  return PREP_FIELD_ORDER.find((f) => errors[f] !== undefined);
}

/**
 * Warnings, per field, about a phase (investigation, escalation) that starts or ends outside the
 * incident window: before the initial alert or after the resolution. They do not block saving.
 * Work before the alert (someone noticed first) or after the resolution (clean-up, a rollback
 * finished later) does happen, and an imported board may already hold such times: as an error
 * it would stop the team from saving any other prep field of that board. Fields that are empty
 * or not valid times (the errors say so) get no warning.
 */
export function prepWarnings(values: PrepFormValues): PrepErrors {
  const tz = effectiveTimeZone(values.timeZone);
  const ms = (text: string): number | null => (text.trim() === '' ? null : fromDateTimeInput(text, tz));
  const start = ms(values.startedAt);
  const end = values.ongoing ? null : ms(values.resolvedAt);
  const outside = (t: number | null): string | null => {
    if (t === null) return null;
    if (start !== null && t < start) return 'before the initial alert';
    if (end !== null && t > end) return 'after the resolution';
    return null;
  };
  const warnings: PrepErrors = {};
  for (const name of ['investigation', 'escalation'] as const) {
    const from = outside(ms(values[`${name}From`]));
    const to = outside(ms(values[`${name}To`]));
    if (from) warnings[`${name}From`] = `starts ${from}: is that right? (it can be saved)`;
    if (to) warnings[`${name}To`] = `ends ${to}: is that right? (it can be saved)`;
  }
  return warnings;
}
