/** The palette finds personas by name, role, company, segment and tags. */
import type { PaletteEntry, PaletteSource } from '../../commands/search';
import { navigate } from '../../ui/router';
import { PS } from './strings';
import { personaName } from './usePersonas';

export const findPersonas: PaletteSource = ({ snapshot, projectId }) => {
  const out: PaletteEntry[] = [];
  for (const p of Object.values(snapshot.personas)) {
    out.push({
      key: `persona:${p.id}`,
      kind: 'persona',
      label: personaName(p),
      detail: [p.role, p.company].filter(Boolean).join(' · ') || PS.cmd.paletteKind,
      keywords: [p.segment, ...p.tags].filter(Boolean).join(' '),
      disabled: false,
      icon: 'persona',
      run: () => navigate({ name: 'project', projectId, section: 'personas', itemId: p.id }),
    });
  }
  return out;
};
