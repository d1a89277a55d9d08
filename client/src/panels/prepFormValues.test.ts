import { describe, expect, it } from 'vitest';
import type { Meta } from '@gapboard/shared';
import {
  convertPrepTimes,
  firstFieldWithError,
  onlyEditedFields,
  prepPatchFromValues,
  prepValuesFromMeta,
  prepWarnings,
  type PrepFormValues,
} from './prepFormValues';

const at = (iso: string): number => Date.parse(iso);

const base: PrepFormValues = {
  title: ' Login outage ',
  timeZone: 'Europe/Berlin',
  startedAt: '2026-03-04T10:00',
  ongoing: false,
  resolvedAt: '2026-03-04T15:00',
  investigationFrom: '',
  investigationTo: '',
  escalationFrom: '',
  escalationTo: '',
  cadenceMinutes: '30',
  customerImpact: 'Error page pointing to the support portal',
};

describe('prepPatchFromValues', () => {
  it('turns valid values into a meta patch, times read in the chosen zone', () => {
    const r = prepPatchFromValues({ ...base, investigationFrom: '2026-03-04T10:05', investigationTo: '2026-03-04T12:00' });
    expect(r).toEqual({
      ok: true,
      patch: {
        title: 'Login outage',
        timeZone: 'Europe/Berlin',
        startedAt: at('2026-03-04T09:00:00Z'),
        resolvedAt: at('2026-03-04T14:00:00Z'),
        investigation: { from: at('2026-03-04T09:05:00Z'), to: at('2026-03-04T11:00:00Z') },
        escalation: undefined,
        cadenceMinutes: 30,
        customerImpact: 'Error page pointing to the support portal',
      },
    });
  });

  it('writes null for an ongoing incident and nothing for UTC', () => {
    const r = prepPatchFromValues({ ...base, timeZone: 'UTC', ongoing: true });
    expect(r.ok && r.patch.resolvedAt).toBeNull();
    expect(r.ok && 'timeZone' in r.patch && r.patch.timeZone).toBeUndefined();
  });

  it.each([
    [{ resolvedAt: '2026-03-04T09:59' }, 'resolvedAt', 'the resolution cannot come before the start'],
    [{ startedAt: '2026-02-30T10:00' }, 'startedAt', 'not a valid date and time'],
    [{ startedAt: '' }, 'startedAt', 'enter the start (initial alert) before the resolution'],
    [{ escalationFrom: '2026-03-04T12:00', escalationTo: '2026-03-04T11:00' }, 'escalationTo', 'the phase ends before it starts'],
    [{ investigationTo: '2026-03-04T11:00' }, 'investigationFrom', 'enter when this phase started (or clear both)'],
    [{ investigationFrom: '2026-03-04T11:00' }, 'investigationTo', 'enter when this phase ended (or clear both)'],
    [{ cadenceMinutes: '0' }, 'cadenceMinutes', 'enter a number of minutes between 1 and 1440'],
    [{ cadenceMinutes: 'soon' }, 'cadenceMinutes', 'enter a number of minutes between 1 and 1440'],
    [{ timeZone: 'Mars/Base' }, 'timeZone', 'unknown time zone'],
  ] as const)('rejects %j with an error on %s', (change, field, message) => {
    const r = prepPatchFromValues({ ...base, ...change });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[field]).toBe(message);
  });

  it('says a time typed only in part is incomplete, not missing (the browser gives it the value "")', () => {
    const started = prepPatchFromValues({ ...base, startedAt: '' }, undefined, new Set(['startedAt']));
    expect(!started.ok && started.errors).toEqual({ startedAt: 'this date and time is incomplete: fill in every part (or clear it)' });
    // Without a resolution an empty start is allowed (no incident window yet): a half-typed one is not.
    const alone = prepPatchFromValues({ ...base, startedAt: '', resolvedAt: '' }, undefined, new Set(['startedAt']));
    expect(!alone.ok && alone.errors.startedAt).toBe('this date and time is incomplete: fill in every part (or clear it)');
    const phase = prepPatchFromValues({ ...base, investigationFrom: '2026-03-04T10:05' }, undefined, new Set(['investigationTo']));
    expect(!phase.ok && phase.errors).toEqual({ investigationTo: 'this date and time is incomplete: fill in every part (or clear it)' });
  });

  it('keeps the seconds of a time the user did not change', () => {
    const meta: Meta = {
      title: 'x',
      startedAt: at('2026-03-04T09:00:27Z'),
      resolvedAt: at('2026-03-04T14:00:59Z'),
      cadenceMinutes: 30,
      customerImpact: '',
      timeZone: 'Europe/Berlin',
    };
    const values = { ...prepValuesFromMeta(meta), title: 'renamed' };
    const r = prepPatchFromValues(values, meta);
    expect(r.ok && r.patch.startedAt).toBe(meta.startedAt);
    expect(r.ok && r.patch.resolvedAt).toBe(meta.resolvedAt);
    const moved = prepPatchFromValues({ ...values, startedAt: '2026-03-04T10:01' }, meta);
    expect(moved.ok && moved.patch.startedAt).toBe(at('2026-03-04T09:01:00Z'));
  });
});

describe('prepValuesFromMeta and convertPrepTimes', () => {
  it('shows an empty board as blank fields in UTC', () => {
    const v = prepValuesFromMeta({ title: '', cadenceMinutes: 30, customerImpact: '' });
    expect(v).toMatchObject({ timeZone: 'UTC', startedAt: '', resolvedAt: '', ongoing: false, cadenceMinutes: '30' });
  });

  it('keeps the instants when the zone changes', () => {
    const v = convertPrepTimes({ ...base, investigationFrom: '2026-03-04T10:30' }, 'UTC');
    expect(v).toMatchObject({ timeZone: 'UTC', startedAt: '2026-03-04T09:00', resolvedAt: '2026-03-04T14:00', investigationFrom: '2026-03-04T09:30', investigationTo: '' });
  });
});

describe('onlyEditedFields', () => {
  it('keeps only what this user changed, so a concurrent edit of another field survives', () => {
    const edited = { ...base, title: 'Checkout outage' };
    const r = prepPatchFromValues(edited);
    expect(r.ok && onlyEditedFields(r.patch, edited, base)).toEqual({ title: 'Checkout outage' });
  });

  it('sends the resolution when only the ongoing box changed, and a phase when one of its ends did', () => {
    const edited = { ...base, ongoing: true, escalationFrom: '2026-03-04T11:00', escalationTo: '2026-03-04T12:00' };
    const r = prepPatchFromValues(edited);
    expect(r.ok && Object.keys(onlyEditedFields(r.patch, edited, base)).sort()).toEqual(['escalation', 'resolvedAt']);
  });

  it('sends nothing for an untouched form', () => {
    const r = prepPatchFromValues(base);
    expect(r.ok && onlyEditedFields(r.patch, base, base)).toEqual({});
  });
});

describe('prepWarnings', () => {
  it('says nothing about phases inside the incident window, or left empty', () => {
    expect(prepWarnings(base)).toEqual({});
    expect(prepWarnings({ ...base, investigationFrom: '2026-03-04T10:00', investigationTo: '2026-03-04T15:00' })).toEqual({});
  });

  it.each([
    [{ investigationFrom: '2026-03-04T09:59', investigationTo: '2026-03-04T11:00' }, { investigationFrom: 'starts before the initial alert: is that right? (it can be saved)' }],
    [{ escalationFrom: '2026-03-04T14:00', escalationTo: '2026-03-04T15:01' }, { escalationTo: 'ends after the resolution: is that right? (it can be saved)' }],
    [
      { escalationFrom: '2026-03-04T16:00', escalationTo: '2026-03-04T17:00' },
      {
        escalationFrom: 'starts after the resolution: is that right? (it can be saved)',
        escalationTo: 'ends after the resolution: is that right? (it can be saved)',
      },
    ],
  ] as const)('warns about %j', (change, warnings) => {
    expect(prepWarnings({ ...base, ...change })).toEqual(warnings);
  });

  it('has no resolution to compare with while the incident is ongoing, and reads times in the zone', () => {
    expect(prepWarnings({ ...base, ongoing: true, escalationFrom: '2026-03-04T16:00', escalationTo: '2026-03-04T17:00' })).toEqual({});
    // 09:30 in Berlin is before a 10:00 Berlin start, whatever the zone of the machine running this.
    expect(Object.keys(prepWarnings({ ...base, investigationFrom: '2026-03-04T09:30', investigationTo: '2026-03-04T11:00' }))).toEqual(['investigationFrom']);
  });

  it('does not stop the form from saving (a warning, not an error)', () => {
    const values = { ...base, investigationFrom: '2026-03-04T09:00', investigationTo: '2026-03-04T16:00' };
    expect(Object.keys(prepWarnings(values))).toEqual(['investigationFrom', 'investigationTo']);
    expect(prepPatchFromValues(values).ok).toBe(true);
  });
});

describe('firstFieldWithError', () => {
  it('picks the field highest up the form', () => {
    expect(firstFieldWithError({ cadenceMinutes: 'x', escalationTo: 'y', timeZone: 'z' })).toBe('timeZone');
    expect(firstFieldWithError({})).toBeUndefined();
  });
});
