/**
 * The renderer's one door to its host: the desktop shell when `window.baton` exists, the
 * browser otherwise (download links, file inputs). Nothing else in the renderer touches
 * `window.baton`.
 */
import type { BatonDesktopApi, LiveHostApi, MenuCommand, OpenedFile, PrintToPdfRequest } from './contract';
import { terminalHostPath, terminalLiveHost } from './terminalHost';

export interface Platform {
  readonly isDesktop: boolean;
  readonly isMac: boolean;
  /** Whether the shell saves a PDF itself (desktop); otherwise the browser's print window does. */
  readonly canPrintToPdf: boolean;
  saveFile(name: string, data: Uint8Array, mime: string, extension: string): Promise<boolean>;
  openFile(accept: string): Promise<OpenedFile | null>;
  onMenuCommand(listener: (c: MenuCommand) => void): () => void;
  onOpenFile(listener: (f: OpenedFile) => void): () => void;
  requestPersistentStorage(): Promise<boolean>;
}

function desktop(api: BatonDesktopApi): Platform {
  return {
    isDesktop: true,
    isMac: api.platform === 'darwin',
    canPrintToPdf: typeof api.printToPdf === 'function',
    saveFile: (name, data, _mime, extension) =>
      api.saveFile({
        suggestedName: name,
        data,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      }),
    // The shell's dialog offers the same types as the browser's file input (and refuses
    // types it does not open).
    openFile: (accept) => api.openFile(accept),
    onMenuCommand: (l) => api.onMenuCommand(l),
    onOpenFile: (l) => api.onOpenFile(l),
    requestPersistentStorage: web().requestPersistentStorage,
  };
}

function web(): Platform {
  return {
    isDesktop: false,
    isMac: typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform),
    canPrintToPdf: false,
    async saveFile(name, data, mime) {
      const blob = new Blob([data as BlobPart], { type: mime });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return true;
    },
    openFile(accept) {
      return new Promise((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = accept;
        input.onchange = async () => {
          const file = input.files?.[0];
          if (!file) return resolve(null);
          resolve({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
        };
        input.click();
      });
    },
    onMenuCommand: () => () => undefined,
    onOpenFile: () => () => undefined,
    async requestPersistentStorage() {
      try {
        return (await navigator.storage?.persist?.()) ?? false;
      } catch {
        return false;
      }
    },
  };
}

export const platform: Platform =
  typeof window !== 'undefined' && window.baton ? desktop(window.baton) : web();

export type PrintOutcome = 'saved' | 'cancelled' | 'browser';

/**
 * Prints the leadership report. The desktop shell renders the print view off-screen and saves
 * a PDF ('saved', or 'cancelled' when the user closes the save dialog); a browser (or an older
 * shell) opens the print view instead, which calls window.print() once it is ready ('browser').
 */
export async function printReport(req: PrintToPdfRequest, openPrintView: () => void): Promise<PrintOutcome> {
  const api = typeof window !== 'undefined' ? window.baton : undefined;
  if (api?.printToPdf) return (await api.printToPdf(req)) ? 'saved' : 'cancelled';
  openPrintView();
  return 'browser';
}

let terminal: LiveHostApi | null | undefined;

/**
 * Hosting a live session: the desktop shell's; in a browser, the terminal's when `npm run host`
 * serves this page (terminalHost.ts); otherwise none (a browser can join but not host).
 */
export function liveHost(): LiveHostApi | undefined {
  if (typeof window === 'undefined') return undefined;
  if (window.baton) return window.baton.live;
  if (terminal === undefined) {
    const path = terminalHostPath();
    terminal = path ? terminalLiveHost(path) : null;
  }
  return terminal ?? undefined;
}

/** The desktop shell's presenter window (on a second display), or none: a browser uses window.open. */
export function presenterWindowOpener(): ((route: string) => void) | undefined {
  const api = typeof window !== 'undefined' ? window.baton : undefined;
  return api?.openPresenterWindow ? (route) => api.openPresenterWindow?.(route) : undefined;
}

/** "Ctrl" or "⌘" for shortcut labels. */
export const modKey = platform.isMac ? '⌘' : 'Ctrl';
