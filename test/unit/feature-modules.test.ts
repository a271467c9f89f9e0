/**
 * The features plug in from above: one module each (features/<name>/module.ts), one list
 * (app/features.ts), and the mechanisms receive what the modules add.
 */
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../renderer/src/app/features';
import { installFeatures } from '../../renderer/src/app/install';
import { addStrings, catalogue, defineStrings, enablePseudoLocale, t } from '../../renderer/src/i18n';

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
