/**
 * Build phases report their duration here for the benchmark (scripts/bench.ts): when
 * SO_TAY_TIMINGS names a file, one JSON line per phase is appended to it. Otherwise a no-op.
 */
import { appendFileSync } from 'node:fs';

export function recordTiming(phase: string, startedAt: number): void {
  const file = process.env.SO_TAY_TIMINGS;
  if (file) appendFileSync(file, `${JSON.stringify({ phase, ms: Math.round(performance.now() - startedAt) })}\n`);
}
