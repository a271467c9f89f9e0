/**
 * Actions speak in codes, the UI in words: every refusal and notice code has one sentence,
 * none is empty, and the writer layers (document/, domain/) import no words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notice, NoticeCode, Refusal, RefusalCode } from '../../renderer/src/domain/refusals';
import { catalogue } from '../../renderer/src/i18n';
import { FEATURES } from '../../renderer/src/app/features';
import { NOTICE_SENTENCES, noticeSentence, REFUSAL_SENTENCES, refusalSentence, SHELL_NOTICES, SHELL_REFUSALS } from '../../renderer/src/i18n/refusals';

/**
 * One example per code. Typed over the whole union: a new code does not compile until it has
 * an example here (and a sentence in i18n/refusals.ts or its feature's refusals.ts).
 */
const REFUSALS: { [C in RefusalCode]: Extract<Refusal, { code: C }> } = {
  notFound: { code: 'notFound' },
  nameEmpty: { code: 'nameEmpty' },
  tooManyStages: { code: 'tooManyStages', max: 200 },
  tooManyLanes: { code: 'tooManyLanes', max: 30 },
  tooManyCards: { code: 'tooManyCards', max: 5000 },
  cannotCardOnEmotionLane: { code: 'cannotCardOnEmotionLane' },
  cannotCardOnOwnershipLane: { code: 'cannotCardOnOwnershipLane' },
  'project.badLocale': { code: 'project.badLocale', locale: 'xx-not-a-tag' },
  'project.badCurrency': { code: 'project.badCurrency', currency: 'EURO' },
  'alignment.badColor': { code: 'alignment.badColor' },
  'alignment.handoffNeedsTwoStages': { code: 'alignment.handoffNeedsTwoStages' },
  'alignment.handoffSameTeam': { code: 'alignment.handoffSameTeam' },
  'alignment.needTwoTeams': { code: 'alignment.needTwoTeams' },
  'alignment.notATeam': { code: 'alignment.notATeam' },
  'alignment.pickStageFirst': { code: 'alignment.pickStageFirst' },
  'alignment.teamNameTaken': { code: 'alignment.teamNameTaken', name: 'Sales' },
  'alignment.termTaken': { code: 'alignment.termTaken', word: 'mql', term: 'MQL' },
  'alignment.tooManyHandoffs': { code: 'alignment.tooManyHandoffs', max: 200 },
  'alignment.tooManyItems': { code: 'alignment.tooManyItems', max: 100 },
  'alignment.tooManyKpis': { code: 'alignment.tooManyKpis', max: 1000 },
  'alignment.tooManyTeams': { code: 'alignment.tooManyTeams', max: 12 },
  'alignment.tooManyTerms': { code: 'alignment.tooManyTerms', max: 2000 },
  'alignment.notANumber': { code: 'alignment.notANumber', field: 'kpiActual' },
  'alignment.mustBePositive': { code: 'alignment.mustBePositive', field: 'decay' },
  'alignment.mustBeWhole': { code: 'alignment.mustBeWhole', field: 'slaAttempts', label: 'Attempts' },
  'alignment.mustBePercent': { code: 'alignment.mustBePercent', field: 'rateCol' },
  'personas.alreadyOnMap': { code: 'personas.alreadyOnMap' },
  'personas.commentNeedsVerdict': { code: 'personas.commentNeedsVerdict' },
  'personas.itemEmpty': { code: 'personas.itemEmpty' },
  'personas.unknownTeam': { code: 'personas.unknownTeam' },
  'personas.tooManyExtras': { code: 'personas.tooManyExtras', max: 30 },
  'personas.tooManyItems': { code: 'personas.tooManyItems', max: 50 },
  'personas.tooManyPersonas': { code: 'personas.tooManyPersonas', max: 200 },
  'requests.badScheme': { code: 'requests.badScheme' },
  'requests.badUrl': { code: 'requests.badUrl' },
  'requests.notAllowed': { code: 'requests.notAllowed', from: 'new', to: 'delivered', allowed: ['accepted', 'declined'] },
  'requests.transition': { code: 'requests.transition', why: 'needs-owner' },
  'requests.notFound': { code: 'requests.notFound' },
  'requests.ruleBandsOrder': { code: 'requests.ruleBandsOrder' },
  'requests.ruleNumber': { code: 'requests.ruleNumber', lo: 1, hi: 5 },
  'requests.tooMany': { code: 'requests.tooMany', max: 5000 },
  'requests.whatEmpty': { code: 'requests.whatEmpty' },
  'workshop.emptyAgenda': { code: 'workshop.emptyAgenda' },
  'workshop.lockedMap': { code: 'workshop.lockedMap' },
  'workshop.lockedLane': { code: 'workshop.lockedLane', name: 'Pain points' },
  'workshop.lockedStage': { code: 'workshop.lockedStage', name: 'Awareness' },
  'workshop.needSession': { code: 'workshop.needSession' },
  'workshop.noDotsLeft': { code: 'workshop.noDotsLeft', dots: 3 },
  'workshop.noLanesChosen': { code: 'workshop.noLanesChosen' },
  'workshop.notInRound': { code: 'workshop.notInRound' },
  'workshop.onlyFacilitator': { code: 'workshop.onlyFacilitator' },
  'workshop.otherSessionRunning': { code: 'workshop.otherSessionRunning', title: 'Kick-off' },
  'workshop.participantMissing': { code: 'workshop.participantMissing' },
  'workshop.pickVoter': { code: 'workshop.pickVoter' },
  'workshop.sessionMissing': { code: 'workshop.sessionMissing' },
  'workshop.sessionNotRunning': { code: 'workshop.sessionNotRunning' },
  'workshop.templateMissing': { code: 'workshop.templateMissing' },
  'workshop.textEmpty': { code: 'workshop.textEmpty' },
  'workshop.tooManyItems': { code: 'workshop.tooManyItems', max: 50 },
  'workshop.tooManyParticipants': { code: 'workshop.tooManyParticipants', max: 40 },
  'workshop.tooManyQuestions': { code: 'workshop.tooManyQuestions', max: 100 },
  'workshop.tooManyTemplates': { code: 'workshop.tooManyTemplates', max: 50 },
  'workshop.voteAlreadyOpen': { code: 'workshop.voteAlreadyOpen' },
  'workshop.voteNotOpen': { code: 'workshop.voteNotOpen' },
};

const NOTICES: { [C in NoticeCode]: Extract<Notice, { code: C }> } = {
  textTruncated: { code: 'textTruncated', max: 120 },
  'alignment.teamAdded': { code: 'alignment.teamAdded', name: 'Sales' },
  'alignment.teamRemoved': { code: 'alignment.teamRemoved', name: 'Sales', total: 3 },
  'alignment.handoffAdded': { code: 'alignment.handoffAdded' },
  'requests.asked': { code: 'requests.asked', what: 'A case study' },
  'requests.moved': { code: 'requests.moved', what: 'A case study', to: 'in-progress' },
  'requests.ruleChanged': { code: 'requests.ruleChanged' },
  'requests.textTooLong': { code: 'requests.textTooLong', max: 2000 },
  'workshop.actionMade': { code: 'workshop.actionMade', title: 'Agree on: budget' },
  'workshop.parked': { code: 'workshop.parked' },
  'workshop.answersCopied': { code: 'workshop.answersCopied', count: 12 },
  'workshop.templateSaved': { code: 'workshop.templateSaved', name: 'Kick-off' },
};

const ROOT = new URL('../../renderer/src/', import.meta.url).pathname;
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

/** The modules a file imports, as paths relative to renderer/src (relative imports only). */
export function importsOf(file: string, source: string): string[] {
  const specs = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((s) => relative(ROOT, join(file, '..', s)));
}

describe('what actions say', () => {
  it('every refusal code is worded once, by the shell or by a feature through its module', () => {
    const worded = [...Object.keys(SHELL_REFUSALS), ...FEATURES.flatMap((f) => Object.keys(f.refusals ?? {}))];
    expect(worded.sort()).toEqual(Object.keys(REFUSALS).sort());
    const noticed = [...Object.keys(SHELL_NOTICES), ...FEATURES.flatMap((f) => Object.keys(f.notices ?? {}))];
    expect(noticed.sort()).toEqual(Object.keys(NOTICES).sort());
  });

  it('every refusal code has a sentence, with its data in it, and none is empty', () => {
    expect(Object.keys(REFUSAL_SENTENCES).sort()).toEqual(Object.keys(REFUSALS).sort());
    for (const r of Object.values(REFUSALS) as Refusal[]) {
      const s = refusalSentence(r);
      expect(s.trim(), r.code).not.toBe('');
      expect(s, r.code).toMatch(/[.!?]$/);
      for (const [k, v] of Object.entries(r)) if (k !== 'code' && k !== 'field' && typeof v !== 'object' && k !== 'why') expect(s, `${r.code}.${k}`).toContain(String(v));
    }
  });

  it('every notice code has a sentence, and none is empty', () => {
    expect(Object.keys(NOTICE_SENTENCES).sort()).toEqual(Object.keys(NOTICES).sort());
    for (const n of Object.values(NOTICES) as Notice[]) {
      const s = noticeSentence(n);
      expect(s.trim(), n.code).not.toBe('');
      for (const [k, v] of Object.entries(n)) if (k !== 'code' && k !== 'to' && k !== 'total') expect(s, `${n.code}.${k}`).toContain(String(v));
    }
  });

  it('the sentences are part of the one catalogue (so the pseudo-locale reaches them)', () => {
    expect(catalogue.refusals).toBe(REFUSAL_SENTENCES);
    expect(catalogue.notices).toBe(NOTICE_SENTENCES);
  });

  it('document/ and domain/ import no words: nothing from features/, i18n/ or the app catalogue', () => {
    const offending = sourceFiles(ROOT)
      .filter((f) => /^(document|domain)\//.test(relative(ROOT, f)))
      .flatMap((f) =>
        importsOf(f, readFileSync(f, 'utf8'))
          .filter((to) => /^(features|i18n)\//.test(to) || to === 'strings')
          .map((to) => `${relative(ROOT, f)} -> ${to}`),
      );
    expect(offending).toEqual([]);
  });

  it('the import scan can fail', () => {
    const f = join(ROOT, 'document/actions/x.ts');
    expect(importsOf(f, "import { S } from '../../strings';\nimport { W } from '../../features/workshop/strings';")).toEqual([
      'strings',
      'features/workshop/strings',
    ]);
  });
});
