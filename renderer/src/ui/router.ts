/**
 * Hash routes, so that a reload (or the desktop app's restart, via the saved last route)
 * lands on the same screen:
 *   #/                          home
 *   #/p/<project>               the project (its maps)
 *   #/p/<project>/m/<map>       a journey map
 *   #/p/<project>/<section>[/<item>]   another section of the project (personas, …)
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'project'; projectId: string; section?: string; itemId?: string }
  | { name: 'map'; projectId: string; mapId: string };

const ID = '([A-Za-z0-9_-]{1,64})';
const SECTION = '([a-z][a-z-]{0,31})';

export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#/, '');
  let m = new RegExp(`^/p/${ID}/m/${ID}$`).exec(h);
  if (m) return { name: 'map', projectId: m[1]!, mapId: m[2]! };
  m = new RegExp(`^/p/${ID}/${SECTION}(?:/${ID})?$`).exec(h);
  if (m) return { name: 'project', projectId: m[1]!, section: m[2]!, ...(m[3] ? { itemId: m[3] } : {}) };
  m = new RegExp(`^/p/${ID}$`).exec(h);
  if (m) return { name: 'project', projectId: m[1]! };
  return { name: 'home' };
}

export function routePath(r: Route): string {
  if (r.name === 'map') return `#/p/${r.projectId}/m/${r.mapId}`;
  if (r.name === 'project') {
    let path = `#/p/${r.projectId}`;
    if (r.section) path += `/${r.section}`;
    if (r.section && r.itemId) path += `/${r.itemId}`;
    return path;
  }
  return '#/';
}

export function navigate(r: Route): void {
  const path = routePath(r);
  if (location.hash !== path) location.hash = path;
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => location.hash);
}
