/**
 * Actions on personas, their sign-offs and their place on journey maps. The only writers of
 * the `personas` and `personaSignoffs` collections and of a map's `personaIds`.
 *
 * Lists (goals, pains…) and a map's `personaIds` are Y.Arrays, so two offline copies that
 * each add an item keep both. Extra fields are one record field each (`extra:<id>`), so two
 * copies that each add a field keep both. Sign-offs live in their own collection with a
 * deterministic id (persona, section, team), so two copies signing the same thing merge into
 * one record; whether a sign-off still holds is derived (see domain/personas.ts).
 */
export * from './records';
export * from './sections';
export * from './signoffs';
export * from './onMaps';
