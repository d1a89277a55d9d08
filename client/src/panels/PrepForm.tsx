import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { setMeta, type MetaPatch } from '@gapboard/shared';
import { mergeTextEdit } from '@gapboard/shared/textMerge';
import type { BoardContext } from '../board/BoardContext';
import { describeWriteFailure } from '../editing/writeFailure';
import { ImageField } from './ImageField';
import {
  convertPrepTimes,
  firstFieldWithError,
  onlyEditedFields,
  PREP_TIME_FIELDS,
  prepFieldOfMeta,
  prepPatchFromValues,
  prepValuesFromMeta,
  prepWarnings,
  type PrepErrors,
  type PrepField,
  type PrepFormValues,
} from './prepFormValues';

const ZONES: string[] = (() => {
  try {
    const all = Intl.supportedValuesOf('timeZone');
    return all.includes('UTC') ? all : ['UTC', ...all];
  } catch {
    return ['UTC'];
  }
})();

/**
 * Prep — paint the incident: title, start and resolution, the two phase windows, what customers
 * saw (text and screenshot) and the cadence target. Times are typed in the board's time zone.
 * Nothing is written until the whole form is valid; errors show next to their field, and a
 * failed save puts the focus on the first of them. Warnings (a phase outside the incident
 * window) show next to their field too, but do not block saving.
 */
export function PrepForm({ ctx }: { ctx: BoardContext }) {
  const { board, doc, origin, readOnly } = ctx;
  const meta = board.meta;
  const id = useId();
  const fromMeta = useMemo(() => prepValuesFromMeta(meta), [meta]);
  const [values, setValues] = useState<PrepFormValues>(fromMeta);
  const [dirty, setDirty] = useState(false);
  // The values when this edit began: only fields changed since then are written.
  const [base, setBase] = useState<PrepFormValues>(fromMeta);
  const [errors, setErrors] = useState<PrepErrors>({});
  const [saved, setSaved] = useState(false);
  // The last save met someone else's change to the same words of a text field (both kept).
  const [merged, setMerged] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  // Bumped by each failed save, so the focus moves to the first error even when it is the same field.
  const [failedSaves, setFailedSaves] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const warnings = useMemo(() => prepWarnings(values), [values]);
  // The ~420 zones are put in the list when someone reaches for it (pointer or focus): as DOM
  // they were three quarters of the board page's elements, built before its first canvas.
  const [zoneListOpened, setZoneListOpened] = useState(false);
  const zoneOptions = zoneListOpened || !ZONES.includes(values.timeZone) ? ZONES : [values.timeZone];
  const openZoneList = () => setZoneListOpened(true);

  // After a failed save the errors are above the (sticky) Save button, maybe scrolled out of
  // view: take the user to the first one. Runs after render, once the field points at its error.
  useEffect(() => {
    if (failedSaves === 0) return;
    const first = firstFieldWithError(errors);
    const input = first && formRef.current?.ownerDocument.getElementById(`${id}-${first}`);
    if (input) {
      input.scrollIntoView?.({ block: 'center' }); // absent in jsdom
      input.focus({ preventScroll: true });
    }
    // Only a new failed save moves the focus, not later edits of the errors.
  }, [failedSaves]);

  // Someone else edited the prep: show it, unless we are in the middle of our own edit.
  useEffect(() => {
    if (!dirty) {
      setValues(fromMeta);
      setBase(fromMeta);
    }
  }, [fromMeta, dirty]);

  const set = <K extends PrepField>(field: K, value: PrepFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setDirty(true);
    setSaved(false);
  };

  // A date-time field typed only in part holds "" while it shows digits; only the element knows.
  const incompleteTimes = () =>
    new Set<PrepField>(
      PREP_TIME_FIELDS.filter((f) => (formRef.current?.ownerDocument.getElementById(`${id}-${f}`) as HTMLInputElement | null)?.validity?.badInput === true),
    );

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const result = prepPatchFromValues(values, meta, incompleteTimes());
    if (!result.ok) {
      setErrors(result.errors);
      setFormError('Nothing was saved: fix the fields marked above.');
      setFailedSaves((n) => n + 1);
      return;
    }
    try {
      const patch = onlyEditedFields(result.patch, values, base);
      // Text is merged with what others saved since this edit began, word by word.
      let conflict = false;
      for (const field of ['title', 'customerImpact'] as const) {
        const mine = patch[field];
        if (mine === undefined) continue;
        const m = mergeTextEdit(doc, { collection: 'meta', field }, { base: base[field], mine });
        (patch as MetaPatch)[field] = m.text;
        conflict ||= m.conflict;
      }
      if (Object.keys(patch).length > 0) setMeta(doc, patch, origin);
      setErrors({});
      setFormError(null);
      setDirty(false);
      setSaved(true);
      setMerged(conflict);
    } catch (err) {
      // Checked above, so refused only when merged with what someone else saved meanwhile (a
      // start moved past this resolution): said under the field, like the form's own checks.
      const failure = describeWriteFailure(err, { collection: 'meta', noun: 'prep', doing: 'changing' });
      const field = prepFieldOfMeta(failure.field);
      if (field) {
        setErrors({ [field]: failure.message });
        setFormError('Nothing was saved: fix the fields marked above.');
        setFailedSaves((n) => n + 1);
      } else {
        setFormError(failure.message);
      }
    }
  };

  const field = (name: PrepField, label: string, input: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode, hint?: string) => {
    const fid = `${id}-${name}`;
    const err = errors[name];
    const warning = err ? undefined : warnings[name];
    const described = err ? { 'aria-invalid': true, 'aria-describedby': `${fid}-err` } : warning ? { 'aria-describedby': `${fid}-warn` } : {};
    return (
      <div className={`field${err ? ' has-error' : warning ? ' has-warning' : ''}`}>
        <label htmlFor={fid}>{label}</label>
        {input({ id: fid, ...described })}
        {hint && !err && !warning && <span className="hint">{hint}</span>}
        {err && (
          <span className="field-error" id={`${fid}-err`} data-testid="prep-error">
            {err}
          </span>
        )}
        {warning && (
          <span className="field-warning" id={`${fid}-warn`} data-testid="prep-warning">
            ⚠ {warning}
          </span>
        )}
      </div>
    );
  };

  const dt = (name: PrepField, label: string, disabled = false) =>
    field(name, label, (p) => (
      <input {...p} type="datetime-local" value={values[name] as string} disabled={readOnly || disabled} onChange={(e) => set(name, e.target.value)} />
    ));

  return (
    <form ref={formRef} className="panel prep-form" data-testid="prep-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Prep: paint the incident</h2>
      {field('title', 'Incident title', (p) => (
        <input {...p} value={values.title} maxLength={200} readOnly={readOnly} onChange={(e) => set('title', e.target.value)} />
      ))}
      {field(
        'timeZone',
        'Time zone of the times below and of the timeline',
        (p) => (
          <select
            {...p}
            value={values.timeZone}
            disabled={readOnly}
            onPointerDown={openZoneList}
            onFocus={openZoneList}
            onChange={(e) => {
              setValues((v) => convertPrepTimes(v, e.target.value));
              setDirty(true);
            }}
          >
            {zoneOptions.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        ),
        'Changing it keeps the same moments and re-labels them.',
      )}
      <fieldset>
        <legend>Incident window</legend>
        {dt('startedAt', 'Started (initial alert)')}
        <label className="check">
          <input type="checkbox" checked={values.ongoing} disabled={readOnly} onChange={(e) => set('ongoing', e.target.checked)} /> Still ongoing (no
          resolution yet)
        </label>
        {dt('resolvedAt', 'Resolved', values.ongoing)}
      </fieldset>
      <fieldset>
        <legend>Investigation stage</legend>
        <div className="pair date-pair">
          {dt('investigationFrom', 'From')}
          {dt('investigationTo', 'To')}
        </div>
      </fieldset>
      <fieldset>
        <legend>Escalation, decisions and changes</legend>
        <div className="pair date-pair">
          {dt('escalationFrom', 'From')}
          {dt('escalationTo', 'To')}
        </div>
      </fieldset>
      {field('customerImpact', 'What customers saw', (p) => (
        <textarea
          {...p}
          rows={3}
          value={values.customerImpact}
          maxLength={4000}
          readOnly={readOnly}
          placeholder="e.g. an error page pointing to the support portal"
          onChange={(e) => set('customerImpact', e.target.value)}
        />
      ))}
      <ImageField ctx={ctx} />
      {field(
        'cadenceMinutes',
        'Update cadence target (minutes)',
        (p) => (
          <input {...p} type="number" min={1} max={1440} step={1} value={values.cadenceMinutes} readOnly={readOnly} onChange={(e) => set('cadenceMinutes', e.target.value)} />
        ),
        'The play: an update every 20–30 minutes. Longer silences count as gaps.',
      )}
      {!readOnly && (
        <div className="row save-row">
          <button type="submit" disabled={!dirty}>
            Save prep
          </button>
          {dirty && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setValues(fromMeta);
                setDirty(false);
                setErrors({});
                setFormError(null);
              }}
            >
              Discard changes
            </button>
          )}
          {saved && !dirty && (
            <span role="status" className={merged ? 'field-note' : undefined}>
              {merged ? 'Saved, with a change someone else made to the same words at the same time: both versions are kept. Check the wording.' : 'Saved.'}
            </span>
          )}
          {/* In the sticky row, next to the button just pressed: below the form it was off-screen. */}
          {formError && (
            <p className="error" role="alert" data-testid="prep-form-error">
              {formError}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
