/** Types of scripts/hocuspocus-server.mjs (plain JavaScript, so node runs it unbuilt). */
export function startHocuspocusServer(opts: { token: string | undefined; host?: string; port?: number; dataDir?: string }): Promise<{ port: number; close(): Promise<void> }>;
