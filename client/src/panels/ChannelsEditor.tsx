import { useId, useState, type FormEvent } from 'react';
import { deleteEntity, newId, patchEntity, upsertChannel, type Channel } from '@gapboard/shared';
import { mergeTextEdit, type TextEdit } from '@gapboard/shared/textMerge';
import type { BoardContext } from '../board/BoardContext';
import { DraftTextField, type SavedText } from '../editing/DraftTextField';
import { LostEditNotice } from '../editing/LostEditNotice';
import { useLostEdits, withLostEdits, type LostEdit } from '../editing/useLostEdits';
import { deletedMessage, describeWriteFailure } from '../editing/writeFailure';
import { channelNameProblem } from './channelNames';

/** The field a refusal is about: a channel's name field (by id), or the new channel's. */
const NEW = Symbol('new channel');
type Field = string | typeof NEW;

/**
 * Channels (status page, email, social…): add, rename, delete (with their comms, after
 * confirming). A name another channel already has (trimmed, any case) is refused with a message
 * under its field. The refused name stays in its field to be fixed, and the message goes as soon
 * as that field is edited (Escape in a channel's field puts its name back). A channel someone
 * deletes while it is renamed here leaves a notice in its place with the name typed.
 */
export function ChannelsEditor({ ctx }: { ctx: BoardContext }) {
  const { board, doc, origin, readOnly, analysis } = ctx;
  const [name, setName] = useState('');
  const [refusal, setRefusal] = useState<{ field: Field; message: string } | null>(null);
  const refusalId = useId();
  const edits = useLostEdits<Channel>(board.channels);
  const counts = new Map(analysis.stats.channels.map((c) => [c.channelId, c.count]));
  const commsOf = (channelId: string) => board.comms.filter((c) => c.channelId === channelId).length;
  // A refusal about a channel deleted since (here or by someone else) has nothing left to fix.
  const shown = refusal && (refusal.field === NEW || board.channels.some((c) => c.id === refusal.field)) ? refusal : null;
  const refuse = (field: Field, message: string) => setRefusal({ field, message });
  /** Editing a field, or saving it, ends what was said about it (and only about it). */
  const settle = (field: Field) => setRefusal((r) => (r?.field === field ? null : r));
  // The new channel's field points at its refusal below the form (a channel's own field shows its refusal under itself).
  const invalidProps = (field: Field) => (shown?.field === field ? { 'aria-invalid': true, 'aria-describedby': refusalId } : {});

  const add = (e: FormEvent) => {
    e.preventDefault();
    const problem = channelNameProblem(name, board.channels);
    if (problem) {
      refuse(NEW, `Not added: ${problem}.`);
      return;
    }
    try {
      upsertChannel(doc, { id: newId('c'), name }, origin);
      setName('');
      settle(NEW);
    } catch (err) {
      refuse(NEW, describeWriteFailure(err, { collection: 'channels', noun: 'channel', doing: 'editing' }).message);
    }
  };

  /**
   * Renames with the name merged with any rename saved meanwhile by someone else. A refused
   * name stays in the field, marked invalid, with the reason below the list.
   */
  const rename = (id: string, edit: TextEdit): SavedText | null => {
    const merged = mergeTextEdit(doc, { collection: 'channels', id, field: 'name' }, edit);
    if (merged.text.trim() === merged.stored) {
      settle(id);
      return { text: merged.stored, conflict: merged.conflict };
    }
    const problem = channelNameProblem(merged.text, board.channels, id);
    if (problem) {
      refuse(id, `Not renamed to "${merged.text.trim()}": ${problem}.`);
      return null;
    }
    try {
      const channel = patchEntity(doc, 'channels', id, { name: merged.text }, origin);
      settle(id);
      return { text: channel.name, conflict: merged.conflict };
    } catch (err) {
      // A channel deleted meanwhile leaves the list with the next read of the board; the name
      // typed (tracked as it was typed) then shows in its place.
      refuse(id, describeWriteFailure(err, { collection: 'channels', noun: 'channel', doing: 'editing' }).message);
      return null;
    }
  };

  const remove = (id: string, channelName: string) => {
    const n = commsOf(id);
    if (n > 0 && !window.confirm(`Delete the channel "${channelName}" and its ${n} ${n === 1 ? 'comm' : 'comms'}? (Undo brings them back.)`)) return;
    deleteEntity(doc, 'channels', id, origin);
  };

  const lostNotice = ({ entry, edits: typed }: LostEdit<Channel, string>) => (
    <li key={`lost-${entry.id}`} className="lost">
      <LostEditNotice
        title={`Channel: ${entry.name}`}
        message={deletedMessage({ noun: 'channel', doing: 'editing' })}
        texts={typed.name === undefined ? [] : [{ label: 'Your name for it', text: typed.name }]}
        onDismiss={() => edits.dismiss(entry.id)}
      />
    </li>
  );

  const channelRow = (c: Channel) => (
    <li key={c.id}>
      {readOnly ? (
        <span>{c.name}</span>
      ) : (
        <DraftTextField
          aria-label={`Channel name: ${c.name}`}
          stored={c.name}
          maxLength={80}
          error={shown?.field === c.id ? shown.message : null}
          onType={() => settle(c.id)}
          onDraft={(edit) => edits.track(c.id, 'name', edit ? edit.mine : null)}
          onCommit={(edit) => rename(c.id, edit)}
          onEscape={() => settle(c.id)}
        />
      )}
      <span className="muted channel-count">
        {counts.get(c.id) ?? commsOf(c.id)} {(counts.get(c.id) ?? commsOf(c.id)) === 1 ? 'update' : 'updates'}
      </span>
      {!readOnly && (
        <button className="link danger" onClick={() => remove(c.id, c.name)} aria-label={`Delete channel ${c.name}`}>
          Delete
        </button>
      )}
    </li>
  );

  return (
    <div className="channels">
      <h3>Channels</h3>
      {board.channels.length === 0 && <p className="muted">No channels yet. Add the ones you used: status page, email, social media, service desk…</p>}
      <ul className="channel-list">
        {withLostEdits(board.channels, edits.lost).map((row) => ('lost' in row ? lostNotice(row.lost) : channelRow(row.entry)))}
      </ul>
      {!readOnly && (
        <form className="row" onSubmit={add}>
          <label className="visually-hidden" htmlFor="new-channel-name">
            New channel name
          </label>
          <input
            id="new-channel-name"
            placeholder="e.g. Status page"
            value={name}
            maxLength={80}
            {...invalidProps(NEW)}
            onChange={(e) => {
              setName(e.target.value);
              settle(NEW);
            }}
          />
          <button type="submit" data-testid="add-channel" disabled={!name.trim()}>
            Add channel
          </button>
        </form>
      )}
      {shown?.field === NEW && (
        <p className="error" role="alert" id={refusalId}>
          {shown.message}
        </p>
      )}
    </div>
  );
}
