import type { Participant } from '@gapboard/shared';

const ROLE_LABEL = { facilitator: 'facilitator', participant: 'participant', viewer: 'viewer' } as const;

/** Who is here: a coloured initial per person, with name and role on hover and for screen readers. */
export function Roster({ roster, selfId }: { roster: Participant[]; selfId: string | null }) {
  return (
    <ul className="roster" data-testid="roster" aria-label={`${roster.length} ${roster.length === 1 ? 'person' : 'people'} here`}>
      {roster.map((p) => (
        <li
          key={p.id}
          className={`avatar role-${p.role}`}
          style={{ background: p.color }}
          title={`${p.name} (${ROLE_LABEL[p.role]}${p.id === selfId ? ', you' : ''})`}
          data-role={p.role}
        >
          <span aria-hidden="true">{(p.name.trim()[0] ?? '?').toUpperCase()}</span>
          <span className="visually-hidden">
            {p.name}, {ROLE_LABEL[p.role]}
            {p.id === selfId ? ' (you)' : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
