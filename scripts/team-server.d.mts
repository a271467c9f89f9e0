/** Types of scripts/team-server.mjs (plain JavaScript, so node runs it unbuilt). */
export function startTeamServer(opts: { token: string | undefined; host?: string; port?: number }): Promise<{ port: number; close(): Promise<void> }>;
