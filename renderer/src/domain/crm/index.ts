/** Reading CRM exports into totals per period (issue 20): pure rules, no I/O. */
export * from './aggregate';
export * from './cells';
export * from './columns';
export * from './dates';
export * from './encoding';
export * from './funnel';
export * from './vocabulary';
export * from './revops';
