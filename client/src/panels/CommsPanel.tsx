import { useEffect, useState } from 'react';
import { deleteEntity, newId, patchEntity, upsertComm, type Comm } from '@gapboard/shared';
import { mergeTextEdit } from '@gapboard/shared/textMerge';
import type { BoardContext } from '../board/BoardContext';
import { LostEditNotice, type UnsavedText } from '../editing/LostEditNotice';
import { useLostEdits, withLostEdits, type LostEdit } from '../editing/useLostEdits';
import { deletedMessage, describeWriteFailure } from '../editing/writeFailure';
import { effectiveTimeZone, formatTime, fromDateTimeInput, spansSeveralDays, toDateTimeInput } from '../time/zonedTime';
import { ChannelsEditor } from './ChannelsEditor';
import { commDraftChanged, resumeCommDraft, type CommDraft, type KeptCommDraft } from './commDraft';
import { CommRowEditor } from './CommRowEditor';
import { outsideTags } from './outsideTags';

/**
 * Step 1's material: every message sent to customers, as a table anyone can read, sorted by
 * time. Times are typed and shown in the board's time zone (stated in the header). A comm
 * someone deletes while it is being edited here (or while an edit of it is kept) leaves a notice
 * in its place with what was typed, to copy or add again as a new comm.
 */
export function CommsPanel({ ctx, selectedId = null }: { ctx: BoardContext; selectedId?: string | null }) {
  const { board, doc, origin, readOnly, analysis } = ctx;
  const zone = effectiveTimeZone(board.meta.timeZone);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  // Forms closed with Escape keep what was typed, per comm ('new' for the one being added):
  // reopened, they show it again. (Cancel, now "Discard", is the way to throw it away.)
  const [kept, setKept] = useState<Record<string, KeptCommDraft>>({});
  // The edits of comms open here or kept: if someone deletes the comm, what was typed stays.
  const edits = useLostEdits<Comm, KeptCommDraft>(board.comms);
  const forget = (key: string) => {
    setKept(({ [key]: _gone, ...rest }) => rest);
    edits.track(key, 'comm', null);
  };
  // Why the last save of the open form was refused, by its key (a comm id or 'new').
  const [refusal, setRefusal] = useState<{ key: string; message: string } | null>(null);
  // A save whose words met someone else's change to the same words (both versions kept).
  const [merged, setMerged] = useState(false);
  const channelName = new Map(board.channels.map((c) => [c.id, c.name]));
  const multiDay = spansSeveralDays(board.comms.map((c) => c.at), zone);
  const outside = outsideTags(analysis);

  // A comm deleted while its form was open or its edit kept: the form has nothing left to save to.
  useEffect(() => {
    for (const { entry } of edits.lost) {
      if (kept[entry.id]) setKept(({ [entry.id]: _gone, ...rest }) => rest);
      if (editing === entry.id) setEditing(null);
    }
  }, [edits.lost, kept, editing]);

  const save = (draft: CommDraft, initial: CommDraft, id: string | null): boolean => {
    const key = id ?? 'new';
    const at = fromDateTimeInput(draft.at, zone);
    if (at === null) {
      setRefusal({ key, message: 'Not saved: the time is not a valid date and time. Fix it, then save again.' });
      return false;
    }
    try {
      if (id === null) {
        upsertComm(doc, { id: newId('m'), channelId: draft.channelId, at, sender: draft.sender, summary: draft.summary }, origin);
      } else {
        // Only what this user changed: someone may have fixed another field of it meanwhile,
        // and an unchanged time keeps its seconds (the input shows minutes).
        // Text is merged with what others saved since the editor opened, word by word.
        const patch: Partial<Comm> = {};
        let conflict = false;
        const text = (field: 'sender' | 'summary') => {
          const m = mergeTextEdit(doc, { collection: 'comms', id, field }, { base: initial[field], mine: draft[field] });
          conflict ||= m.conflict;
          return m.text;
        };
        if (draft.at !== initial.at) patch.at = at;
        if (draft.channelId !== initial.channelId) patch.channelId = draft.channelId;
        if (draft.sender !== initial.sender) patch.sender = text('sender');
        if (draft.summary !== initial.summary) patch.summary = text('summary');
        if (Object.keys(patch).length > 0) patchEntity(doc, 'comms', id, patch, origin);
        setMerged(conflict);
      }
      setRefusal(null);
      setEditing(null);
      forget(key);
      return true;
    } catch (err) {
      // A comm deleted meanwhile leaves the table with the next read of the board, and this
      // form with it: its draft (tracked as it was typed) then shows in its place.
      setRefusal({ key, message: describeWriteFailure(err, { collection: 'comms', noun: 'comm', doing: 'editing' }).message });
      return false;
    }
  };

  const defaultDraft = (): CommDraft => {
    const last = board.comms[board.comms.length - 1];
    const at = last?.at ?? board.meta.startedAt ?? Date.now();
    return { at: toDateTimeInput(at, zone), channelId: board.channels[0]?.id ?? '', sender: last?.sender ?? '', summary: '' };
  };

  const draftOf = (c: Comm): CommDraft => ({ at: toDateTimeInput(c.at, zone), channelId: c.channelId, sender: c.sender, summary: c.summary });

  /** The editor for a new comm (`key` 'new') or comm `key`, with its kept draft if there is one. */
  const editor = (key: string, current: CommDraft) => {
    const resumed = kept[key] ? resumeCommDraft(kept[key], current) : { draft: current, opened: current };
    return (
      <CommRowEditor
        initial={resumed.draft}
        opened={resumed.opened}
        channels={board.channels}
        zone={zone}
        onSave={(d, initial) => save(d, initial, key === 'new' ? null : key)}
        refusal={refusal?.key === key ? refusal.message : null}
        onChange={(k) => {
          if (key !== 'new') edits.track(key, 'comm', k);
        }}
        onCancel={() => {
          forget(key);
          setRefusal(null);
          setEditing(null);
        }}
        onKeep={(k) => {
          setKept((all) => ({ ...all, [key]: k }));
          setRefusal(null);
          setEditing(null);
        }}
      />
    );
  };

  /** Opens the form for `key` (a comm id or 'new'); the form open until now closes. */
  const openEditor = (key: string) => {
    // Its comm is no longer being edited here (unless its edit was kept with Escape).
    if (editing !== null && editing !== 'new' && !kept[editing]) edits.track(editing, 'comm', null);
    setRefusal(null);
    setEditing(key);
  };
  const startEditing = (c: Comm) => {
    openEditor(c.id);
    // Known from the moment the form opens: a comm deleted under an open form is said, even untouched.
    if (!kept[c.id]) edits.track(c.id, 'comm', { draft: draftOf(c), opened: draftOf(c) });
  };

  /** Offers a lost comm's draft as a new comm, unless a new comm is being written already. */
  const addAgain = (draft: CommDraft) => {
    const channelId = board.channels.some((c) => c.id === draft.channelId) ? draft.channelId : (board.channels[0]?.id ?? '');
    setKept((all) => ({ ...all, new: { draft: { ...draft, channelId }, opened: defaultDraft() } }));
    openEditor('new');
  };

  const lostRow = ({ entry, edits: lostEdits }: LostEdit<Comm, KeptCommDraft>) => {
    const edit = lostEdits.comm;
    const changed = edit !== undefined && commDraftChanged(edit.draft, edit.opened);
    const texts: UnsavedText[] = [];
    if (edit && changed) {
      texts.push({ label: 'Your message', text: edit.draft.summary });
      if (edit.draft.sender !== edit.opened.sender) texts.push({ label: 'Sender', text: edit.draft.sender });
      if (edit.draft.at !== edit.opened.at) texts.push({ label: `Sent at (${zone})`, text: edit.draft.at.replace('T', ' ') });
      if (edit.draft.channelId !== edit.opened.channelId) texts.push({ label: 'Channel', text: channelName.get(edit.draft.channelId) ?? edit.draft.channelId });
    }
    const canAddAgain = edit && changed && board.channels.length > 0 && editing !== 'new' && !kept.new;
    return (
      <tr key={`lost-${entry.id}`}>
        <td colSpan={readOnly ? 2 : 3} className="lost-edit-cell">
          <LostEditNotice
            title={`Comm of ${formatTime(entry.at, zone, multiDay)}: ${entry.summary}`}
            message={deletedMessage({ noun: 'comm', doing: changed ? 'editing' : 'viewing' })}
            texts={texts}
            onDismiss={() => edits.dismiss(entry.id)}
          >
            {canAddAgain && (
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  addAgain(edit.draft);
                  edits.dismiss(entry.id);
                }}
              >
                Add it as a new comm
              </button>
            )}
          </LostEditNotice>
        </td>
      </tr>
    );
  };

  return (
    <section className="panel comms-panel" aria-labelledby="comms-title">
      <h2 id="comms-title">Customer comms</h2>
      <ChannelsEditor ctx={ctx} />
      <h3>
        Comms <span className="muted">({board.comms.length}, times in {zone})</span>
      </h3>
      {!readOnly && board.channels.length > 0 && editing !== 'new' && (
        <button data-testid="add-comm" onClick={() => openEditor('new')} title={kept.new ? 'Your unsaved comm, kept when you pressed Escape' : undefined}>
          {kept.new ? 'Resume comm draft' : 'Add comm'}
        </button>
      )}
      {!readOnly && board.channels.length === 0 && <p className="muted">Add a channel first, then its comms.</p>}
      {editing === 'new' && editor('new', defaultDraft())}
      {merged && editing === null && (
        <p className="field-note" role="status" data-testid="merged-note">
          Someone else changed that comm at the same time: both versions of its words are kept. Check the wording.
        </p>
      )}
      <table className="comms-table" data-testid="comms-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Message</th>
            {!readOnly && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {board.comms.length === 0 && (
            <tr>
              <td colSpan={readOnly ? 2 : 3} className="muted">
                No comms yet.
              </td>
            </tr>
          )}
          {withLostEdits(board.comms, edits.lost).map((row) => {
            if ('lost' in row) return lostRow(row.lost);
            const c = row.entry;
            return editing === c.id ? (
              <tr key={c.id}>
                <td colSpan={3}>{editor(c.id, draftOf(c))}</td>
              </tr>
            ) : (
              <tr
                key={c.id}
                data-testid="comm-row"
                className={[outside.has(c.id) ? 'outside' : '', c.id === selectedId ? 'selected' : ''].join(' ').trim() || undefined}
                ref={c.id === selectedId ? (el) => el?.scrollIntoView({ block: 'nearest' }) : undefined}
                aria-current={c.id === selectedId ? 'true' : undefined}
              >
                <td className="when">
                  <time dateTime={new Date(c.at).toISOString()}>{formatTime(c.at, zone, multiDay)}</time>
                  <span className="channel">{channelName.get(c.channelId) ?? c.channelId}</span>
                </td>
                <td className="summary">
                  <span className="sender">{c.sender || 'Unknown sender'}</span>
                  {outside.has(c.id) && (
                    <span className="tag warn outside-tag" title={outside.get(c.id)?.title}>
                      {outside.get(c.id)?.label}
                    </span>
                  )}
                  {c.summary || <span className="muted">(no text)</span>}
                </td>
                {!readOnly && (
                  <td className="row-actions">
                    <button
                      className="link"
                      onClick={() => startEditing(c)}
                      aria-label={`${kept[c.id] ? 'Resume your unsaved edit of' : 'Edit'} the comm of ${formatTime(c.at, zone)}`}
                    >
                      {kept[c.id] ? 'Resume edit' : 'Edit'}
                    </button>
                    <button className="link danger" onClick={() => deleteEntity(doc, 'comms', c.id, origin)} aria-label={`Delete the comm of ${formatTime(c.at, zone)}`}>
                      Delete
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
