// Unit tests only: an in-memory IndexedDB. End-to-end tests use Chromium's real one.
import 'fake-indexeddb/auto';
import { addRefusalWords, type NoticeTable, type RefusalTable } from '../../renderer/src/i18n/refusals';

// What actions say, in words: the app installs each feature's words through its module
// (app/install.ts); unit tests that word a refusal without installing the whole app (seconds
// of imports per file) find every feature's refusals.ts here instead. refusals.test.ts checks
// the modules' path.
const featureWords = import.meta.glob<{ REFUSALS?: RefusalTable; NOTICES?: NoticeTable }>('../../renderer/src/features/*/refusals.ts', { eager: true });
for (const words of Object.values(featureWords)) addRefusalWords(words.REFUSALS, words.NOTICES);
