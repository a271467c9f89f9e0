/**
 * The one place where what an action said becomes words: one sentence per refusal code and per
 * notice code (domain/refusals.ts lists the codes and the data each carries). The shell's own
 * codes (the map's, the project's) are worded here; each feature words its own ('alignment.…',
 * 'workshop.…') in its refusals.ts, typed over its codes so a new one does not compile until it
 * has its sentence, and hands them over through its module (`refusals`, `notices`, added at
 * start by app/install.ts). test/unit/refusals.test.ts fails if any code has no words once the
 * modules are installed. The catalogue (i18n/index.ts) lists these maps, so the pseudo-locale
 * and a later translation reach them.
 */
import type { Notice, NoticeCode, Refusal, RefusalCode } from '../domain/refusals';

type Sentence<U extends { code: string }, K extends string> = (said: Extract<U, { code: K }>) => string;
type Under<C extends string, P extends string> = C extends `${P}.${string}` ? C : never;

/** A feature's sentences for its refusal codes (those under `P.`), every one of them. */
export type RefusalWords<P extends string> = { [K in Under<RefusalCode, P>]: Sentence<Refusal, K> };
/** A feature's sentences for its notice codes (those under `P.`), every one of them. */
export type NoticeWords<P extends string> = { [K in Under<NoticeCode, P>]: Sentence<Notice, K> };
/** Sentences for some refusal codes (what a module hands over). */
export type RefusalTable = { readonly [K in RefusalCode]?: Sentence<Refusal, K> };
/** Sentences for some notice codes (what a module hands over). */
export type NoticeTable = { readonly [K in NoticeCode]?: Sentence<Notice, K> };

/** The shell's codes: the map's (no prefix) and the project's. */
type ShellRefusal = Exclude<RefusalCode, `${string}.${string}`> | Under<RefusalCode, 'project'>;
type ShellNotice = Exclude<NoticeCode, `${string}.${string}`>;

export const SHELL_REFUSALS = {
  notFound: () => 'That item no longer exists; someone may have deleted it.',
  nameEmpty: () => 'A name can’t be empty; the old name was kept.',
  tooManyStages: (r) => `A map can have at most ${r.max} stages.`,
  tooManyLanes: (r) => `A map can have at most ${r.max} lanes.`,
  tooManyCards: (r) => `A map can have at most ${r.max} cards.`,
  cannotCardOnEmotionLane: () => 'The emotion lane holds a curve, not cards. Pick another lane.',
  cannotCardOnOwnershipLane: () => 'The ownership lane shows who owns each stage, not cards. Pick another lane.',
  'project.badLocale': (r) => `“${r.locale}” is not a number format Baton knows (it looks like en-US or de-DE). The project keeps its format.`,
  'project.badCurrency': (r) => `“${r.currency}” is not a currency code Baton knows (three letters, like USD or EUR). The project keeps its currency.`,
} satisfies { [K in ShellRefusal]: Sentence<Refusal, K> };

export const SHELL_NOTICES = {
  textTruncated: (n) => `That was longer than ${n.max} characters, so the end was cut off.`,
} satisfies { [K in ShellNotice]: Sentence<Notice, K> };

/** Every sentence known: the shell's, then what the features added (addRefusalWords). */
export const REFUSAL_SENTENCES: RefusalTable = { ...SHELL_REFUSALS };
export const NOTICE_SENTENCES: NoticeTable = { ...SHELL_NOTICES };

function merge(into: Record<string, unknown>, table: object, what: string): void {
  for (const [code, say] of Object.entries(table)) {
    // The same table added twice (tests install the features too) is fine; two features wording one code is a mistake.
    if (into[code] && into[code] !== say) throw new Error(`Two ${what} sentences for "${code}"`);
    into[code] = say;
  }
}

/** Adds a feature's sentences (its module's `refusals` and `notices`). */
export function addRefusalWords(refusals: RefusalTable = {}, notices: NoticeTable = {}): void {
  merge(REFUSAL_SENTENCES, refusals, 'refusal');
  merge(NOTICE_SENTENCES, notices, 'notice');
}

/** The sentence a person reads for a refusal. */
export function refusalSentence(r: Refusal): string {
  const say = REFUSAL_SENTENCES[r.code] as ((said: Refusal) => string) | undefined;
  // Only when a feature's words were not installed (the refusals test guards it): still a sentence, never a crash.
  return say ? say(r) : `That could not be done (${r.code}).`;
}

/** The sentence a person reads for a notice. */
export function noticeSentence(n: Notice): string {
  const say = NOTICE_SENTENCES[n.code] as ((said: Notice) => string) | undefined;
  return say ? say(n) : `Done (${n.code}).`;
}
