import { useState } from 'react';
import { setPersonaPicture } from '../../document/actions/personas';
import { report, showToast } from '../../ui/toasts';
import { useProjectDoc } from '../../shared/ProjectContext';
import { preparePicture, storePicture } from '../../shared/pictures';
import { U } from '../../i18n/ui';
import { PS } from './strings';

/** Checks, resizes and stores a chosen or dropped file, then points the persona at it. */
export function usePicturePicker(personaId: string) {
  const doc = useProjectDoc();
  const [busy, setBusy] = useState(false);
  const accept = async (files: FileList | readonly File[] | null | undefined) => {
    const list = files ? Array.from(files) : [];
    const file = list[0];
    if (!file) return;
    if (list.length > 1) showToast(PS.onePicture);
    setBusy(true);
    try {
      const prepared = await preparePicture(file);
      if (!prepared.ok) return showToast(prepared.message, { tone: 'error' });
      let hash: string;
      try {
        hash = await storePicture(prepared.bytes, prepared.mime);
      } catch {
        return showToast(U.picture.storeFailed, { tone: 'error' });
      }
      if (report(setPersonaPicture(doc, personaId, hash))) showToast(PS.pictureAdded);
    } finally {
      setBusy(false);
    }
  };
  return { busy, accept };
}
