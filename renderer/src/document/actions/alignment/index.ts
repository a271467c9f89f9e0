/**
 * The alignment layer's writers: owners of stages and cards, CRM vocabulary, handoffs and every
 * field of their contracts, shared KPIs, the glossary and the funnel calculator's inputs.
 * Each validates its input, answers with a refusal code when it refuses, and writes through
 * `change()` (one undo step; typing continues its step through a merge key).
 */
export { ALIGNMENT_LIMITS } from './common';
export * from './owners';
export * from './handoffs';
export * from './handoffLists';
export * from './kpis';
export * from './kpiReadings';
export * from './glossary';
export * from './funnel';
