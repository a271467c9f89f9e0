#!/usr/bin/env node
/**
 * A team server with a lock on the door: the stock @y/websocket-server (the same
 * `setupWSConnection` its own server.js uses), with one check in front of it: every WebSocket
 * must bring `?token=<the team's token>`, compared in constant time, before the upgrade.
 * Without the token: 401, and the connection never reaches a document.
 *
 *   BATON_TEAM_TOKEN=<a long random secret> HOST=0.0.0.0 PORT=1234 node scripts/team-server.mjs
 *
 * In Baton: Live session → Connect to a team server → ws://<this machine>:1234 and the token.
 * It speaks plain ws://; across an untrusted network put it behind a TLS reverse proxy (wss://),
 * which may also do the token check itself (README, "Team servers"). The documents live in this
 * process's memory (set YPERSISTENCE for @y/websocket-server's LevelDB storage).
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';

/** At least 16 characters: a token is a password for every project on the server. */
const MIN_TOKEN = 16;

const same = (a, b) => {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Starts the server; resolves with `{ port, close() }`. */
export function startTeamServer({ token, host = '127.0.0.1', port = 1234 }) {
  if (typeof token !== 'string' || token.length < MIN_TOKEN) {
    throw new Error(`Set BATON_TEAM_TOKEN to a secret of at least ${MIN_TOKEN} characters.`);
  }
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('A Baton team server.');
  });
  server.headersTimeout = 10_000;
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    let given = null;
    try {
      given = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
    } catch {
      /* refused below */
    }
    if (!given || !same(given, token)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : port,
        close: () =>
          new Promise((done) => {
            for (const ws of wss.clients) ws.terminate();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const host = process.env.HOST || '127.0.0.1';
  const port = Number(process.env.PORT || 1234);
  startTeamServer({ token: process.env.BATON_TEAM_TOKEN, host, port }).then(
    ({ port: p }) => console.log(`Baton team server on ws://${host}:${p} (a token is required)`),
    (err) => {
      console.error(String(err?.message ?? err));
      process.exit(1);
    },
  );
}
