/**
 * The features plug in from above: one module each (features/<name>/module.ts), one list
 * (app/features.ts), and the mechanisms receive what the modules add.
 */
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../renderer/src/app/features';
import { installFeatures } from '../../renderer/src/app/install';
import { addCommands, allCommands, findCommand } from '../../renderer/src/commands/registry';
import { addStrings, catalogue, defineStrings, enablePseudoLocale, t } from '../../renderer/src/i18n';
import { addProjectSections, projectSections } from '../../renderer/src/shared/projectSections';
import { exportItems, participantSources, reportSections, summaryEntries } from '../../renderer/src/shared/report';
import { addScreenSlots } from '../../renderer/src/shared/screenSlots';
import { addSidePanels, sidePanels } from '../../renderer/src/shared/sidePanel';

installFeatures();

describe('the feature list', () => {
  it('names each feature once', () => {
    const ids = FEATURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(() => installFeatures([...FEATURES])).toThrow(/once/);
  });

  it('puts every part of the strings a module names into the one catalogue', () => {
    for (const f of FEATURES) {
      for (const [name, table] of Object.entries(f.strings ?? {})) expect(catalogue[name], `${f.id}: ${name}`).toBe(table);
    }
    expect(t('workshop.section')).not.toBe('workshop.section');
    expect(() => addStrings({ personas: { heading: 'Someone else’s' } })).toThrow(/personas/);
  });

  it('gives the project shell the sections of the modules, in the order of the list, each with a "Go to" command', () => {
    const fromModules = FEATURES.flatMap((f) => f.sections ?? []).map((x) => x.id);
    expect(projectSections().map((x) => x.id)).toEqual(fromModules);
    expect(fromModules.slice(0, 2)).toEqual(['personas', 'alignment']);
    for (const id of fromModules) expect(findCommand(`go.${id}`), id).toBeDefined();
    expect(() => addProjectSections([{ ...projectSections()[0]! }])).toThrow(/personas/);
  });

  it('gives the registry the commands of the modules, after the built-in ones', () => {
    const ids = allCommands().map((c) => c.id);
    for (const f of FEATURES) for (const c of f.commands ?? []) expect(ids, `${f.id}: ${c.id}`).toContain(c.id);
    expect(ids.indexOf('map.addStage')).toBeLessThan(ids.indexOf('persona.open'));
    expect(() => addCommands([findCommand('file.open')!])).toThrow(/file\.open/);
  });

  it('adds the features’ files to the Export menu', () => {
    expect(exportItems().map((x) => x.id)).toEqual(['funnel-csv', 'revops', 'actions-csv', 'deck']);
  });

  it('prints the report parts the modules add in the frame of the report’s own (by order, then list order)', () => {
    expect(reportSections().map((x) => x.id)).toEqual(['cover', 'briefing', 'summary', 'personas', 'handoffs', 'kpis', 'glossary', 'trends', 'maps', 'workshop', 'appendix']);
    expect(summaryEntries().map((x) => x.id)).toEqual(['maps', 'alignment', 'top-pains', 'open-actions', 'content-requests']);
    expect(participantSources()).toHaveLength(1);
  });

  it('gives the map editor the side panels of the modules; a name is used once', () => {
    expect(sidePanels().map((p) => p.id)).toEqual(FEATURES.flatMap((f) => f.sidePanels ?? []).map((p) => p.id));
    expect(sidePanels().map((p) => p.id)).toContain('alignment');
    expect(() => addSidePanels([sidePanels()[0]!])).toThrow(/alignment/);
  });

  it('ranks the project header’s actions in the order of today’s header, and gives one map view', () => {
    const ranked = FEATURES.flatMap((f) => (f.screenSlots?.headerActions ?? []).map((a) => ({ id: f.id, rank: a.rank })));
    expect(ranked.sort((a, b) => a.rank - b.rank).map((a) => a.id)).toEqual(['workshop', 'files', 'files', 'report', 'live', 'help']);
    expect(FEATURES.filter((f) => f.screenSlots?.mapView).map((f) => f.id)).toEqual(['editor']);
    expect(() => addScreenSlots({ mapView: () => null })).toThrow(/open map/);
  });

  // Last: the pseudo-locale stays on for the rest of this file.
  it('rewrites a table for the pseudo-locale when it is defined after the locale is on, and once', () => {
    enablePseudoLocale();
    expect(t('app.addStage')).toMatch(/^\[Ádd stágé/);
    const table = defineStrings({ hello: 'Hello', n: (k: number) => `${k} cards` });
    expect(table.hello).toMatch(/^\[Hélló/);
    addStrings({ later: table });
    expect(table.hello).toMatch(/^\[Hélló ~*\]$/); // not twice
    expect(table.n(2)).toMatch(/^\[2 çárds ~*\]$/);
  });
});
