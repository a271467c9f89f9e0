/** Types for scripts/bootstrap.mjs (plain Node, runs before `npm ci`). */
export const ROOT: string;
export const NODE_RANGE: string;
export const MIN_NODE: string;
export const TOOLS_NODE_DIR: string;
export function versionAtLeast(a: string, b: string): boolean;
export function isSupportedNode(version?: string): boolean;
export function npmCommand(args: string[]): [string, string[]];
export function nodeBinaryPackage(platform?: string, arch?: string): string;
export function toolsNodeBinary(dir?: string): string | null;
export function supportedNodeBinary(options?: { quiet?: boolean }): string | null;
export function pathWithNode(nodeBinary: string, path?: string): string;
export function ensureSupportedNode(): void;
export function dependenciesProblem(root?: string): string | null;
export function ensureDependencies(): void;
