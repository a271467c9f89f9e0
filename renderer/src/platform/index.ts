/**
 * The renderer's one door to its host: the desktop shell when `window.baton` exists, the
 * browser otherwise (download links, file inputs). Nothing else in the renderer touches
 * `window.baton`.
 */
import type { BatonDesktopApi, MenuCommand, OpenedFile } from './contract';

export interface Platform {
  readonly isDesktop: boolean;
  readonly isMac: boolean;
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
    saveFile: (name, data, _mime, extension) =>
      api.saveFile({
        suggestedName: name,
        data,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      }),
    openFile: () => api.openFile(),
    onMenuCommand: (l) => api.onMenuCommand(l),
    onOpenFile: (l) => api.onOpenFile(l),
    requestPersistentStorage: web().requestPersistentStorage,
  };
}

function web(): Platform {
  return {
    isDesktop: false,
    isMac: typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform),
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

/** "Ctrl" or "⌘" for shortcut labels. */
export const modKey = platform.isMac ? '⌘' : 'Ctrl';
