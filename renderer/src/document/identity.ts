/**
 * Who "I" am in this window, per project: the facilitator (the default on the desktop), or
 * one participant of a workshop session (picked in the participant switcher on a shared
 * machine, or set when a device joins a live session).
 *
 * Not part of the document and never saved or exported: every device holds the whole
 * document, so this is a facilitation aid (it decides what the screen shows and which
 * locked things the actions refuse), not a security boundary.
 */
import { createStore } from 'zustand/vanilla';
import type { Viewer } from '../domain/workshop/votes';

export type Identity = Viewer;

export const FACILITATOR: Identity = { role: 'facilitator' };

export const identityStore = createStore<{
  readonly byProject: Readonly<Record<string, Identity>>;
}>(() => ({
  byProject: {},
}));

export function identityIn(projectId: string | undefined): Identity {
  return (projectId && identityStore.getState().byProject[projectId]) || FACILITATOR;
}

export function setIdentity(projectId: string, identity: Identity): void {
  identityStore.setState((s) => ({ byProject: { ...s.byProject, [projectId]: identity } }));
}

export const isFacilitator = (i: Identity) => i.role === 'facilitator';
