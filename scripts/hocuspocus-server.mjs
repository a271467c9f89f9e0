#!/usr/bin/env node
/**
 * A team's Hocuspocus server: the stock @hocuspocus/server, unmodified, configured with one
 * onAuthenticate hook that compares the token Baton's Hocuspocus provider sends with the team's
 * (constant time). A wrong or missing token gets Hocuspocus's own "permission denied", and the
 * connection never reaches a document; so does a document name that is not a Baton project id.
 *
 *   BATON_TEAM_TOKEN=<a long random secret> HOST=0.0.0.0 PORT=1234 node scripts/hocuspocus-server.mjs
 *
 * In Baton: Live session → Connect to a team server → ws://<this machine>:1234, kind
 * "Hocuspocus", and the token. It speaks plain ws://; across an untrusted network put it behind a
 * TLS reverse proxy (wss://). Documents live in this process's memory and Hocuspocus unloads one
 * when its last person leaves (every Baton keeps its full copy and sends it again on joining);
 * set BATON_HOCUSPOCUS_DATA=<folder> to keep each project on disk instead, so a teammate can
 * open a link while nobody else is connected. To run several of these behind a load balancer
 * (a team across offices), add @hocuspocus/extension-redis (README, "Team servers").
 */
import { timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';

/** At least 16 characters: a token is a password for every project on the server. */
const MIN_TOKEN = 16;
/** Baton's project ids (renderer/src/domain/live.ts): also what makes a file name safe. */
const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;

const same = (a, b) => {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Keeps each document as one Yjs update in `<dir>/<project id>.yjs` (written to a temporary file, then renamed). */
function folderStorage(dir) {
  const file = (name) => join(dir, `${name}.yjs`);
  const writing = new Set();
  const write = async (name, update) => {
    await mkdir(dir, { recursive: true });
    const tmp = `${file(name)}.${process.pid}.tmp`;
    await writeFile(tmp, update);
    await rename(tmp, file(name));
  };
  return {
    /** Resolves when every write begun so far is on disk. */
    settled: () => Promise.all(writing),
    async onLoadDocument({ documentName, document }) {
      try {
        Y.applyUpdate(document, new Uint8Array(await readFile(file(documentName))));
      } catch (err) {
        if (err?.code !== 'ENOENT') throw err;
      }
      return document;
    },
    async onStoreDocument({ documentName, document }) {
      const done = write(documentName, Y.encodeStateAsUpdate(document));
      writing.add(done);
      try {
        await done;
      } finally {
        writing.delete(done);
      }
    },
  };
}

/** Starts the server; resolves with `{ port, close() }`. */
export async function startHocuspocusServer({ token, host = '127.0.0.1', port = 1234, dataDir = '' }) {
  if (typeof token !== 'string' || token.length < MIN_TOKEN) {
    throw new Error(`Set BATON_TEAM_TOKEN to a secret of at least ${MIN_TOKEN} characters.`);
  }
  const storage = dataDir ? folderStorage(dataDir) : null;
  const server = new Server({
    name: 'baton-team',
    address: host,
    port,
    quiet: true,
    stopOnSignals: false,
    websocketOptions: { maxPayload: 16 * 1024 * 1024 },
    async onAuthenticate({ token: given, documentName }) {
      if (!PROJECT_ID.test(documentName) || !given || !same(given, token)) {
        throw Object.assign(new Error('permission-denied'), { reason: 'permission-denied' });
      }
    },
    ...(storage ? { onLoadDocument: storage.onLoadDocument, onStoreDocument: storage.onStoreDocument } : {}),
  });
  await server.listen();
  return {
    port: server.address.port,
    close: async () => {
      await server.destroy();
      await storage?.settled();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const host = process.env.HOST || '127.0.0.1';
  const port = Number(process.env.PORT || 1234);
  const dataDir = process.env.BATON_HOCUSPOCUS_DATA || '';
  startHocuspocusServer({ token: process.env.BATON_TEAM_TOKEN, host, port, dataDir }).then(
    (server) => {
      console.log(
        `Baton team server (Hocuspocus) on ws://${host}:${server.port} (a token is required; ${dataDir ? `projects kept in ${dataDir}` : 'projects kept in memory'})`,
      );
      const stop = () => void server.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (err) => {
      console.error(String(err?.message ?? err));
      process.exit(1);
    },
  );
}
