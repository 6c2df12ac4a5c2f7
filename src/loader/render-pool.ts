/**
 * A small pool of worker threads rendering content files in parallel (render-worker.ts).
 *
 * Astro's glob() loader renders every entry on the main thread, one after another: at
 * thousands of pages that was the longest phase of the build, with the other cores idle.
 * No library does "render with this exact Astro processor on N threads", hence this file.
 * Workers stop once the pool has been idle briefly, so they never hold a build open.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { EntrySource, RenderedEntry } from './render-entry.ts';
import type { RenderDone, RenderFailed, WorkerSetup } from './render-worker.ts';

interface Slot {
  worker: Worker;
  /** tasks sent and not answered yet */
  inFlight: number;
}

// Each worker holds a few tasks at once: when the main thread is busy validating finished
// entries, a worker with only one task would sit idle until the main thread sends the next.
const DEPTH = 3;

/**
 * One pool for all the collections' loaders (content.config.ts makes it and hands it to each),
 * so a build never runs more workers than cores. Workers start with the setup of the tasks
 * that made them spawn; a task with other settings (a new config in `npm run dev`) retires them.
 */
export function createRenderPool(size = Math.max(1, Math.min(4, availableParallelism()))) {
  let setup: WorkerSetup | undefined;
  const slots: Slot[] = [];
  const queue: { source: EntrySource; task: number; done: (r: RenderedEntry) => void; fail: (e: Error) => void }[] = [];
  const waiting = new Map<number, { done: (r: RenderedEntry) => void; fail: (e: Error) => void; slot: Slot }>();
  let next = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  let settledWaiters: (() => void)[] = [];
  const isIdle = () => queue.length === 0 && waiting.size === 0;
  const wakeSettled = () => {
    if (!isIdle() || settledWaiters.length === 0) return;
    const wake = settledWaiters;
    settledWaiters = [];
    for (const done of wake) done();
  };

  function spawn(): Slot {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: setup! });
    const slot: Slot = { worker, inFlight: 0 };
    worker.on('message', (message: RenderDone | RenderFailed) => {
      const entry = waiting.get(message.task);
      if (!entry) return;
      waiting.delete(message.task);
      slot.inFlight -= 1;
      if ('error' in message) entry.fail(new Error(message.error));
      else entry.done(message.entry);
      pump();
    });
    worker.on('error', (error: Error) => {
      for (const [task, entry] of waiting) {
        if (entry.slot === slot) {
          waiting.delete(task);
          entry.fail(error);
        }
      }
      slots.splice(slots.indexOf(slot), 1);
      pump();
    });
    slots.push(slot);
    return slot;
  }

  function pump() {
    clearTimeout(idleTimer);
    while (queue.length) {
      // The least loaded worker; a new one while the pool is not full.
      const free = slots.filter((s) => s.inFlight < DEPTH).sort((a, b) => a.inFlight - b.inFlight)[0];
      const slot = free?.inFlight === 0 || slots.length >= size ? free : spawn();
      if (!slot) return;
      const job = queue.shift()!;
      slot.inFlight += 1;
      waiting.set(job.task, { done: job.done, fail: job.fail, slot });
      slot.worker.postMessage({ task: job.task, source: job.source });
    }
    if (waiting.size === 0) {
      // After the current turn: a loader answered by this task may queue more right away.
      setImmediate(wakeSettled);
      idleTimer = setTimeout(() => {
        for (const slot of slots.splice(0)) void slot.worker.terminate();
      }, 250);
      idleTimer.unref();
    }
  }

  return {
    /** Resolves once nothing is queued or being rendered, by any loader. */
    settled(): Promise<void> {
      return new Promise((done) => {
        settledWaiters.push(done);
        setImmediate(wakeSettled);
      });
    },
    render(source: EntrySource, next_: WorkerSetup): Promise<RenderedEntry> {
      if (setup && setup.settings !== next_.settings) {
        for (const slot of slots) if (slot.inFlight === 0) void slot.worker.terminate();
        slots.splice(0, slots.length, ...slots.filter((s) => s.inFlight > 0));
      }
      setup = next_;
      return new Promise((done, fail) => {
        queue.push({ source, task: next++, done, fail });
        pump();
      });
    },
  };
}
