/** What an action tells its caller: done (maybe with a notice for the user), or refused. */
export type ActionResult<T = void> =
  | { ok: true; value: T; notice?: string }
  | { ok: false; message: string };

export const done = <T>(value: T, notice?: string): ActionResult<T> =>
  notice ? { ok: true, value, notice } : { ok: true, value };
export const refused = (message: string): ActionResult<never> => ({ ok: false, message });
