/** Whether the import dialog is open (a button, the handoff panel or the palette opens it). */
import { createStore } from 'zustand/vanilla';

export const importDialog = createStore<{ open: boolean }>(() => ({ open: false }));
export const openCrmImport = () => importDialog.setState({ open: true });
export const closeCrmImport = () => importDialog.setState({ open: false });
