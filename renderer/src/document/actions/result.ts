import type { Notice, Refusal } from '../../domain/refusals';

export type { Notice, Refusal } from '../../domain/refusals';

/**
 * What an action tells its caller: done (maybe with a notice for the person), or refused with
 * a reason. Both are codes with data; the UI words them (i18n/refusals.ts).
 */
export type ActionResult<T = void> =
  | { ok: true; value: T; notice?: Notice }
  | { ok: false; refusal: Refusal };

export const done = <T>(value: T, notice?: Notice): ActionResult<T> =>
  notice ? { ok: true, value, notice } : { ok: true, value };
export const refused = (refusal: Refusal): ActionResult<never> => ({ ok: false, refusal });
