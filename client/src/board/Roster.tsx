import type { Participant } from '@gapboard/shared';

const ROLE_LABEL = { facilitator: 'facilitator', participant: 'participant', viewer: 'viewer' } as const;

/**
 * At most this many avatars in the top bar; past it, the first ones and a "+N" for the rest.
 * Ten avatars took a quarter of a laptop's top bar and pushed it onto a second row; the step
 * panel lists everyone.
 */
export const ROSTER_MAX_AVATARS = 6;

const label = (p: Participant, selfId: string | null) => `${p.name} (${ROLE_LABEL[p.role]}${p.id === selfId ? ', you' : ''})`;

/** Who is here: a coloured initial per person, with name and role on hover and for screen readers. */
export function Roster({ roster, selfId, max = ROSTER_MAX_AVATARS }: { roster: Participant[]; selfId: string | null; max?: number }) {
  const shown = roster.length > max ? roster.slice(0, Math.max(0, max - 1)) : roster;
  const rest = roster.slice(shown.length);
  return (
    <ul className="roster" data-testid="roster" aria-label={`${roster.length} ${roster.length === 1 ? 'person' : 'people'} here`}>
      {shown.map((p) => (
        <li key={p.id} className={`avatar role-${p.role}`} style={{ background: p.color }} title={label(p, selfId)} data-role={p.role}>
          <span aria-hidden="true">{(p.name.trim()[0] ?? '?').toUpperCase()}</span>
          <span className="visually-hidden">
            {p.name}, {ROLE_LABEL[p.role]}
            {p.id === selfId ? ' (you)' : ''}
          </span>
        </li>
      ))}
      {rest.length > 0 && (
        <li className="avatar more" title={rest.map((p) => label(p, selfId)).join('\n')} data-testid="roster-more">
          <span aria-hidden="true">+{rest.length}</span>
          <span className="visually-hidden">and {rest.map((p) => label(p, selfId)).join(', ')}</span>
        </li>
      )}
    </ul>
  );
}
