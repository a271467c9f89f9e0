// Unit tests only: an in-memory IndexedDB. End-to-end tests use Chromium's real one.
import 'fake-indexeddb/auto';
