/**
 * What the personas actions say, in words: one sentence per refusal and notice code of
 * this feature ('personas.…', listed with their data in domain/refusals.ts). Typed over those codes,
 * so a new one does not compile until it has its sentence here; module.ts hands them to
 * i18n/refusals.ts, the one place that turns what an action said into words.
 */
import { defineStrings } from '../../i18n';
import type { RefusalWords } from '../../i18n/refusals';

export const REFUSALS = defineStrings({
  'personas.alreadyOnMap': () => 'That persona is already on this map.',
  'personas.commentNeedsVerdict': () => 'Choose agree or disagree first, then add a comment.',
  'personas.itemEmpty': () => 'Type something first.',
  'personas.unknownTeam': () => 'That team no longer exists; someone may have deleted it.',
  'personas.tooManyExtras': (r) => `A persona can have at most ${r.max} extra fields.`,
  'personas.tooManyItems': (r) => `A list can have at most ${r.max} items.`,
  'personas.tooManyPersonas': (r) => `A project can have at most ${r.max} personas.`,
} satisfies RefusalWords<'personas'>);
