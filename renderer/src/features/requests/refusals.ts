/**
 * What the content requests actions say, in words: one sentence per refusal and notice code of
 * this feature ('requests.…', listed with their data in domain/refusals.ts). Typed over those codes,
 * so a new one does not compile until it has its sentence here; module.ts hands them to
 * i18n/refusals.ts, the one place that turns what an action said into words.
 */
import type { RequestStatus } from '../../domain/requests';
import { defineStrings } from '../../i18n';
import type { NoticeWords, RefusalWords } from '../../i18n/refusals';

/** A request's status, as the middle of a sentence. */
export const REQUEST_STATUS_WORDS: Record<RequestStatus, string> = {
  new: 'New',
  accepted: 'Accepted',
  'in-progress': 'In progress',
  delivered: 'Delivered',
  declined: 'Declined',
};
const status = (s: RequestStatus) => REQUEST_STATUS_WORDS[s].toLowerCase();

export const REFUSALS = defineStrings({
  'requests.badScheme': () =>
    'Only web links (http or https) can be saved as a link. For a file, write where it is without “file:” or another prefix.',
  'requests.badUrl': () => 'This web link is not complete. Check it, or write where the file is instead.',
  'requests.notAllowed': (r) =>
    `A request that is ${status(r.from)} cannot become ${status(r.to)}. It can become: ${r.allowed.map(status).join(', ')}.`,
  'requests.transition': (r) =>
    ({
      same: 'It already has that status.',
      'needs-owner': 'Name an owner before it is delivered: who made it?',
      'needs-reason': 'Say why it is declined, so whoever asked knows.',
    })[r.why],
  'requests.notFound': () => 'This request is not in the project any more (it may have been deleted).',
  'requests.ruleBandsOrder': () => 'Each band must reach further than the one before (for example 7, 14, 30 days).',
  'requests.ruleNumber': (r) => `Use a whole number from ${r.lo} to ${r.hi}.`,
  'requests.tooMany': (r) => `A project holds at most ${r.max} content requests.`,
  'requests.whatEmpty': () => 'Say what you need first.',
} satisfies RefusalWords<'requests'>);

export const NOTICES = defineStrings({
  'requests.asked': (n) => `Asked for “${n.what}”.`,
  'requests.moved': (n) => `“${n.what}” is now ${status(n.to)}.`,
  'requests.ruleChanged': () => 'The priority rule changed; every priority follows it.',
  'requests.textTooLong': (n) => `The text was cut to ${n.max} characters.`,
} satisfies NoticeWords<'requests'>);
