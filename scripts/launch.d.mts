/** Types for scripts/launch.mjs (plain Node, runs before `npm ci`). */
type Env = Record<string, string | undefined>;
export interface Opener {
  cmd: string;
  args: string[];
  name: string;
}
export function noWindowReason(options?: { platform?: string; env?: Env }): string | null;
export function browserOpener(options: {
  url: string;
  platform?: string;
  env?: Env;
  chromium?: string | null;
  exists?: (path: string) => boolean;
  isRoot?: boolean;
  hasCommand?: (name: string) => boolean;
}): Opener | null;
export function webSentence(options: { reason: string | null; url: string; opener: Opener | null }): string;
