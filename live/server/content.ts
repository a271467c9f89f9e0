/**
 * The app's content limits, applied by the server to every update it relays (messages.ts).
 * They are the renderer's own (renderer/src/document/file/updateContent.ts), so a room can
 * never hold what Baton would refuse to open, and the renderer checks what a server sends it
 * by the same rules (renderer/src/live/guard.ts).
 */
export { checkStructs, ContentError, type ContentLimits } from '../../renderer/src/document/file/updateContent';
