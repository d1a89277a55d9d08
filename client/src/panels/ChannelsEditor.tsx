import { useState, type FormEvent } from 'react';
import { BoardInputError, deleteEntity, newId, patchEntity, upsertChannel } from '@gapboard/shared';
import type { BoardContext } from '../board/BoardContext';

/** Channels (status page, email, social…): add, rename, delete (with their comms, after confirming). */
export function ChannelsEditor({ ctx }: { ctx: BoardContext }) {
  const { board, doc, origin, readOnly, analysis } = ctx;
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const counts = new Map(analysis.stats.channels.map((c) => [c.channelId, c.count]));
  const commsOf = (channelId: string) => board.comms.filter((c) => c.channelId === channelId).length;

  const add = (e: FormEvent) => {
    e.preventDefault();
    try {
      upsertChannel(doc, { id: newId('c'), name }, origin);
      setName('');
      setError(null);
    } catch (err) {
      setError(err instanceof BoardInputError ? err.message : String(err));
    }
  };

  const rename = (id: string, next: string, current: string) => {
    if (next.trim() === current) return;
    try {
      patchEntity(doc, 'channels', id, { name: next }, origin);
      setError(null);
    } catch (err) {
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
                onBlur={(e) => rename(c.id, e.target.value, c.name)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') e.currentTarget.blur();
                }}
              />
            )}
            <span className="muted">
              {' '}
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
          <input id="new-channel-name" placeholder="e.g. Status page" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
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
