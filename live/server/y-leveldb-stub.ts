/**
 * Stand-in for `y-leveldb` when the live server is bundled into Electron's main process.
 * @y/websocket-server/utils imports y-leveldb at load time but only uses it when the
 * YPERSISTENCE environment variable is set, which Baton never does (the host's own window
 * keeps the project in IndexedDB). Bundling the real one would drag in leveldown's native
 * binary. Use with `resolve.alias: { 'y-leveldb': 'live/server/y-leveldb-stub.ts' }`.
 */
export class LeveldbPersistence {
  constructor() {
    throw new Error('Baton does not store live sessions on disk.');
  }
}
