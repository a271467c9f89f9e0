/**
 * The main thread's side of the CRM worker: one worker per import, messages checked on
 * arrival (protocol.ts), Cancel that really stops (the worker is told, then terminated), and
 * a promise per step. The file never leaves this machine and nothing of it is kept.
 */
import { readFromWorker, type ImportProblem, type ImportRequest, type Imported, type Sniffed } from './protocol';

export type StepResult<T> = { ok: true; value: T } | { ok: false; problem: ImportProblem } | { ok: false; cancelled: true };

export interface ImportSession {
  sniff(): Promise<StepResult<Sniffed>>;
  run(req: ImportRequest, onProgress: (bytes: number, total: number, rows: number) => void): Promise<StepResult<Imported>>;
  cancel(): void;
  close(): void;
}

/** How the worker is made: a module worker in the build, replaceable in tests. */
export type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory = () => new Worker(new URL('./crm.worker.ts', import.meta.url), { type: 'module', name: 'crm-import' });

export function openImport(file: Blob, makeWorker: WorkerFactory = defaultFactory): ImportSession {
  let worker: Worker | null = null;
  let pending: ((r: StepResult<never>) => void) | null = null;
  const ensure = () => (worker ??= makeWorker());
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  function ask<T>(message: object, onMessage: (m: ReturnType<typeof readFromWorker>, settle: (r: StepResult<T>) => void) => void): Promise<StepResult<T>> {
    return new Promise((resolve) => {
      const w = ensure();
      const settle = (r: StepResult<T>) => {
        pending = null;
        w.onmessage = null;
        w.onerror = null;
        resolve(r);
      };
      pending = settle as (r: StepResult<never>) => void;
      w.onmessage = (e) => onMessage(readFromWorker(e.data), settle);
      w.onerror = (e) => {
        e.preventDefault();
        stop();
        settle({ ok: false, problem: { code: 'unreadable' } });
      };
      w.postMessage({ ...message, file });
    });
  }
  return {
    sniff: () =>
      ask<Sniffed>({ type: 'sniff' }, (m, settle) => {
        if (m?.type === 'sniffed') {
          const { type: _t, ...value } = m;
          settle({ ok: true, value });
        } else if (m?.type === 'failed') settle({ ok: false, problem: m.problem });
      }),
    run: (req, onProgress) =>
      ask<Imported>({ type: 'import', ...req }, (m, settle) => {
        if (m?.type === 'progress') onProgress(m.bytes, m.total, m.rows);
        else if (m?.type === 'done') {
          const { type: _t, ...value } = m;
          settle({ ok: true, value });
        } else if (m?.type === 'failed') settle({ ok: false, problem: m.problem });
      }),
    cancel() {
      worker?.postMessage({ type: 'cancel' });
      stop();
      pending?.({ ok: false, cancelled: true });
    },
    close: stop,
  };
}
