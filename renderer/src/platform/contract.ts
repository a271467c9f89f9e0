/**
 * The contract between the renderer and the desktop shell: the few named functions the
 * preload exposes as `window.baton`. The preload checks itself against this type
 * (`satisfies BatonDesktopApi`), and the renderer only reaches it through `platform/`.
 */
export type MenuCommand =
  | 'new-project'
  | 'open-file'
  | 'save-copy'
  | 'undo'
  | 'redo'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset';

export const MENU_COMMANDS: readonly MenuCommand[] = [
  'new-project',
  'open-file',
  'save-copy',
  'undo',
  'redo',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
];

export interface SaveFileRequest {
  /** A suggested file name only; the user picks the folder and may rename it. */
  readonly suggestedName: string;
  readonly data: Uint8Array;
  readonly filters: readonly { name: string; extensions: readonly string[] }[];
}

export interface OpenedFile {
  readonly name: string;
  readonly data: Uint8Array;
}

export interface BatonDesktopApi {
  readonly version: string;
  readonly platform: 'darwin' | 'win32' | 'linux' | 'other';
  /** Shows a save dialog and writes the file; resolves false when the user cancels. */
  saveFile(req: SaveFileRequest): Promise<boolean>;
  /** Shows an open dialog for .baton files; resolves null when the user cancels. */
  openFile(): Promise<OpenedFile | null>;
  /** Menu items the renderer handles (New project, Undo, …). Returns an unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Files opened from the file manager or the command line. */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
  /** Opens an http(s) link in the system browser. */
  openExternal(url: string): Promise<void>;
}

declare global {
  interface Window {
    baton?: BatonDesktopApi;
  }
}
