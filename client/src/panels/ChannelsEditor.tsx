import { useState, type FormEvent } from 'react';
import { BoardInputError, deleteEntity, newId, patchEntity, upsertChannel } from '@gapboard/shared';
import type { BoardContext } from '../board/BoardContext';
import { channelNameProblem } from './channelNames';

/**
 * Channels (status page, email, social…): add, rename, delete (with their comms, after
 * confirming). A name another channel already has (trimmed, any case) is refused with a message.
 */
export function ChannelsEditor({ ctx }: { ctx: BoardContext }) {
  const { board, doc, origin, readOnly, analysis } = ctx;
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const counts = new Map(analysis.stats.channels.map((c) => [c.channelId, c.count]));
  const commsOf = (channelId: string) => board.comms.filter((c) => c.channelId === channelId).length;

  const add = (e: FormEvent) => {
    e.preventDefault();
    const problem = channelNameProblem(name, board.channels);
    if (problem) {
      setError(`Not added: ${problem}.`);
      return;
    }
    try {
      upsertChannel(doc, { id: newId('c'), name }, origin);
      setName('');
      setError(null);
    } catch (err) {
      setError(err instanceof BoardInputError ? err.message : String(err));
    }
  };

  /** On a refusal the input shows the current name again, with the reason below the list. */
  const rename = (input: HTMLInputElement, id: string, current: string) => {
    const next = input.value;
    if (next.trim() === current) return;
    const problem = channelNameProblem(next, board.channels, id);
    if (problem) {
      input.value = current;
      setError(`Not renamed to "${next.trim()}": ${problem}.`);
      return;
    }
    try {
      patchEntity(doc, 'channels', id, { name: next }, origin);
      setError(null);
    } catch (err) {
      input.value = current;
      setError(err instanceof BoardInputError ? err.message : String(err));
    }
  };

  const remove = (id: string, channelName: string) => {
    const n = commsOf(id);
    if (n > 0 && !window.confirm(`Delete the channel "${channelName}" and its ${n} ${n === 1 ? 'comm' : 'comms'}? (Undo brings them back.)`)) return;
    deleteEntity(doc, 'channels', id, origin);
  };

  return (
    <div className="channels">
      <h3>Channels</h3>
      {board.channels.length === 0 && <p className="muted">No channels yet. Add the ones you used: status page, email, social media, service desk…</p>}
      <ul className="channel-list">
        {board.channels.map((c) => (
          <li key={c.id}>
            {readOnly ? (
              <span>{c.name}</span>
            ) : (
              <input
                aria-label={`Channel name: ${c.name}`}
                defaultValue={c.name}
                key={c.name}
                maxLength={80}
                onBlur={(e) => rename(e.target, c.id, c.name)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') e.currentTarget.blur();
                }}
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
        ))}
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
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
          />
          <button type="submit" data-testid="add-channel" disabled={!name.trim()}>
            Add channel
          </button>
        </form>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
