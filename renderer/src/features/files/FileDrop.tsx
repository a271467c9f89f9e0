import { useEffect, useState } from 'react';
import { platform } from '../../platform';
import { showToast } from '../../ui/toasts';
import { isBatonFileName, openBatonFile } from './fileCommands';
import { FS } from './strings';

const hasFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');

/**
 * Mounted once over every screen (the appLayers slot): a .baton file dropped anywhere on the window is opened; in the desktop
 * app, files opened from the file manager and the File menu's Open… and Save a copy… too.
 * Only drags that carry files are ours, and only where no drop zone of its own (a persona's
 * picture) took them; the map's own drags (pointer events) never reach here.
 */
export function FileDrop() {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // A drop zone of its own (a persona's picture) took this drag: not ours.
      if (e.defaultPrevented) return setOver(false);
      setOver(true);
      e.preventDefault(); // lets the drop happen here instead of the browser opening the file
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (!depth) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = 0;
      setOver(false);
      if (e.defaultPrevented) return; // handled by a drop zone of its own
      e.preventDefault();
      for (const file of Array.from(e.dataTransfer?.files ?? [])) {
        if (!isBatonFileName(file.name)) {
          showToast(FS.notABatonName(file.name), { tone: 'error' });
          continue;
        }
        void file.arrayBuffer().then((buf) => openBatonFile({ name: file.name, data: new Uint8Array(buf) }));
      }
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    // The desktop's file manager and Open recent: with the token to save back to the file.
    const stopOpen = platform.onOpenFile(
      (file) => void import('../../platform/fileAccess').then((m) => openBatonFile(file, m.linkOfOpened(file))),
    );
    // File › Open… and Save a copy… are registry commands (commands/menuBridge.ts).
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
      stopOpen();
    };
  }, []);
  if (!over) return null;
  return (
    <div className="file-drop-overlay" aria-hidden>
      <p>{FS.dropHint}</p>
    </div>
  );
}
