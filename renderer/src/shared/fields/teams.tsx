/** The team fields every feature uses: the project's teams, an owner's name and chip, the owner picker. */
import { useShallow } from 'zustand/react/shallow';
import { sortByOrder } from '../../domain/ordering';
import { SHARED_OWNER, type Team } from '../../domain/types';
import { U } from '../../i18n/ui';
import { useProject } from '../ProjectContext';
import { SelectField } from './SelectField';

/** The project's teams in their order; the array keeps its identity while no team changed. */
export function useTeams(): Team[] {
  return useProject(useShallow((s) => sortByOrder(Object.values(s.teams))));
}

/** A team's display name for an owner value (team id, shared, or nobody). */
export function ownerName(owner: string | undefined, teams: readonly Team[]): string {
  if (!owner) return U.fields.noOwner;
  if (owner === SHARED_OWNER) return U.fields.shared;
  return teams.find((t) => t.id === owner)?.name ?? U.fields.noOwner;
}

/** A chip with the team's colour and its name (never colour alone). */
export function TeamChip({ owner, teams, short }: { owner: string | undefined; teams: readonly Team[]; short?: boolean }) {
  const team = owner && owner !== SHARED_OWNER ? teams.find((t) => t.id === owner) : undefined;
  const name = ownerName(owner, teams);
  const label = short ? shortName(name) : name;
  return (
    <span className={`al-chip${team ? '' : owner === SHARED_OWNER ? ' al-chip-shared' : ' al-chip-none'}`}>
      <span className="al-dot" style={team ? { background: team.color } : undefined} aria-hidden />
      <span className="al-chip-name">{label}</span>
    </span>
  );
}

/** "Customer success" → "CS", "Sales" → "Sales", "Marketing" → "Mark": short enough for a card's corner. */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length > 1) return words.map((w) => w[0]!.toUpperCase()).join('').slice(0, 3);
  const w = words[0] ?? '';
  return w.length <= 6 ? w : w.slice(0, 4);
}

/** A select of owners: nobody, each team, shared. It writes on change (one step per choice). */
export function OwnerSelect(props: {
  value: string;
  label: string;
  onChange: (owner: string) => void;
  teams: readonly Team[];
  noneLabel?: string;
  hideLabel?: boolean;
  allowShared?: boolean;
  testId?: string;
}) {
  const options = [
    { value: '', label: props.noneLabel ?? U.fields.noOwner },
    ...props.teams.map((t) => ({ value: t.id, label: t.name })),
    ...(props.allowShared !== false ? [{ value: SHARED_OWNER, label: U.fields.shared }] : []),
  ];
  const { value, label, onChange, hideLabel, testId } = props;
  return <SelectField value={value} label={label} options={options} onChange={onChange} hideLabel={hideLabel} testId={testId} />;
}
