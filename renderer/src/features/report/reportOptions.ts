/**
 * The facilitator's choices for a project's report: which sections, which maps, the paper.
 * Kept as a local setting per project (never exported with the project: another person's
 * report is theirs to set up) and in memory, so the print view opened in the same window
 * shows exactly what the settings panel shows, and a print window opened by the desktop
 * shell reads the same choices from the database.
 */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { ORIENTATIONS, PAPERS, type Orientation, type Paper } from '../../domain/reportLayout';
import { getSetting, putSetting } from '../../storage/db';
import type { ReportOptions, ReportSection } from '../../shared/report';

export type { ReportOptions };

export function defaultOptions(): ReportOptions {
  const lang = typeof navigator !== 'undefined' ? navigator.language : '';
  // North America prints on Letter; everyone else on A4.
  const paper: Paper = /-(US|CA|MX|PH|CL|CO|VE)$/i.test(lang) ? 'Letter' : 'A4';
  return { sections: {}, excludedMapIds: [], paper, orientation: 'landscape' };
}

/** Reads stored options tolerantly: anything unexpected falls back to the default. */
export function readOptions(raw: unknown): ReportOptions {
  const d = defaultOptions();
  if (!raw || typeof raw !== 'object') return d;
  const r = raw as Record<string, unknown>;
  const sections: Record<string, boolean> = {};
  if (r.sections && typeof r.sections === 'object') {
    for (const [k, v] of Object.entries(r.sections as Record<string, unknown>)) {
      if (typeof v === 'boolean' && /^[a-z][a-z0-9-]{0,40}$/.test(k)) sections[k] = v;
    }
  }
  return {
    sections,
    excludedMapIds: Array.isArray(r.excludedMapIds) ? r.excludedMapIds.filter((x): x is string => typeof x === 'string') : [],
    paper: (PAPERS as readonly unknown[]).includes(r.paper) ? (r.paper as Paper) : d.paper,
    orientation: (ORIENTATIONS as readonly unknown[]).includes(r.orientation) ? (r.orientation as Orientation) : d.orientation,
  };
}

const settingKey = (projectId: string) => `report:${projectId}`;

const loaded = createStore<{ byProject: Readonly<Record<string, ReportOptions>> }>(() => ({ byProject: {} }));
const pendingWrites = new Map<string, Promise<void>>();

/** The project's options, or undefined while they are read from the database. */
export function useReportOptions(projectId: string): ReportOptions | undefined {
  const options = useStore(loaded, (s) => s.byProject[projectId]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (loaded.getState().byProject[projectId]) return;
    let live = true;
    getSetting<unknown>(settingKey(projectId))
      .then((raw) => {
        if (live && !loaded.getState().byProject[projectId]) remember(projectId, readOptions(raw));
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [projectId]);
  return options ?? (failed ? defaultOptions() : undefined);
}

function remember(projectId: string, options: ReportOptions) {
  loaded.setState((s) => ({ byProject: { ...s.byProject, [projectId]: options } }));
}

/** Changes the options at once in memory and stores them; the promise says when they are stored. */
export function updateReportOptions(projectId: string, change: (o: ReportOptions) => ReportOptions): Promise<void> {
  const next = change(loaded.getState().byProject[projectId] ?? defaultOptions());
  remember(projectId, next);
  const write = putSetting(settingKey(projectId), next).catch(() => undefined);
  pendingWrites.set(projectId, write);
  return write;
}

/** Resolves once the latest options of the project are stored (before another window reads them). */
export function reportOptionsStored(projectId: string): Promise<void> {
  return pendingWrites.get(projectId) ?? Promise.resolve();
}

/**
 * The report's presets: a starting choice of sections, one click in the settings. "Everything"
 * is each section's default; "Briefing only" is the one-page executive briefing and nothing
 * else (no cover: it is the page a leader forwards). The paper and the maps stay as they are.
 */
export const REPORT_PRESETS = ['standard', 'briefing'] as const;
export type ReportPreset = (typeof REPORT_PRESETS)[number];

export function presetSections(preset: ReportPreset, all: readonly ReportSection[]): Record<string, boolean> {
  if (preset === 'standard') return {};
  return Object.fromEntries(all.map((s) => [s.id, s.id === 'briefing']));
}

/** The preset whose sections are exactly the ones switched on now, if any. */
export function presetOf(options: ReportOptions, all: readonly ReportSection[]): ReportPreset | null {
  const on = (sections: Readonly<Record<string, boolean>>, s: ReportSection) => sections[s.id] ?? s.defaultOn;
  return REPORT_PRESETS.find((p) => all.every((s) => on(presetSections(p, all), s) === on(options.sections, s))) ?? null;
}
