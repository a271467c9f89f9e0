/** The palette finds glossary terms (by their synonyms too) and the handoffs of every map. */
import { firstLine, type PaletteEntry, type PaletteSource } from '../../commands/search';
import { A } from './strings';
import { navigate } from '../../ui/router';
import { openHandoffPanel } from './alignmentUi';

export const findTerms: PaletteSource = ({ snapshot, projectId }) => {
  const out: PaletteEntry[] = [];
  for (const t of Object.values(snapshot.glossary)) {
    out.push({
      key: `term:${t.id}`,
      kind: 'term',
      label: t.term,
      detail: firstLine(t.definition, 70) || A.cmd.paletteTerm,
      keywords: t.synonyms.join(' '),
      disabled: false,
      icon: 'book',
      run: () => navigate({ name: 'project', projectId, section: 'glossary', itemId: t.id }),
    });
  }
  return out;
};

export const findHandoffs: PaletteSource = ({ snapshot, projectId }) => {
  const out: PaletteEntry[] = [];
  for (const h of Object.values(snapshot.handoffs)) {
    const map = snapshot.maps[h.mapId];
    if (!map) continue;
    out.push({
      key: `handoff:${h.id}`,
      kind: 'handoff',
      label: h.name || `${h.fromStageName} → ${h.toStageName}`,
      detail: `${A.cmd.paletteHandoff} · ${map.title}`,
      keywords: `${h.fromStageName} ${h.toStageName}`,
      disabled: false,
      icon: 'handoff',
      run: () => {
        navigate({ name: 'map', projectId, mapId: h.mapId });
        // After the map editor mounted (it closes panels of other maps on the way).
        requestAnimationFrame(() => requestAnimationFrame(() => openHandoffPanel(h.id)));
      },
    });
  }
  return out;
};
