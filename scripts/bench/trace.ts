/**
 * Chromium's timeline trace over CDP, and what the benchmark reads from it: the main-thread work
 * of the extension's content script. Every task the content script runs (its evaluation, idle
 * callbacks, mutation observer callbacks, timers, event listeners) is a top-level `EvaluateScript`
 * or `FunctionCall` event whose script URL is the extension's; nested events are inside them.
 * Durations are wall clock (`dur`, what the user feels and what a long task is) and thread time
 * (`tdur`, CPU spent; lower when the OS ran something else meanwhile).
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  args?: { data?: { url?: string } };
}

export interface ExtensionWork {
  /** Top-level tasks of the content script. */
  tasks: number;
  /** Sum of their wall-clock durations, ms: "the sum of its slices". */
  busyMs: number;
  /** Sum of their thread (CPU) durations, ms. */
  cpuMs: number;
  /** From the start of the first to the end of the last, ms. */
  spanMs: number;
  longestMs: number;
  longestCpuMs: number;
  /** Tasks over 16 ms wall clock, and over 16 ms of CPU. */
  over16: number;
  over16Cpu: number;
  /** The content script's evaluation (`EvaluateScript` of content.js), CPU ms: 0 when the trace holds none (incremental, live). */
  evaluationCpuMs: number;
  /** marking.js's evaluation (run when the page may name one of ours), CPU ms: 0 when the trace holds none. */
  markingEvaluationCpuMs: number;
  /** The longest of the other tasks (idle slices, mutation callbacks, timers, events), CPU and wall ms. */
  longestScanCpuMs: number;
  longestScanMs: number;
  /** Trace timestamps (µs) of the first start and last end, to line up with other events. */
  firstTs: number;
  lastTs: number;
  /** The longest tasks by CPU, longest first: start (µs, trace clock), wall and CPU ms, event name. */
  longest: { ts: number; ms: number; cpuMs: number; name: string }[];
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'];

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (payload: { value: object[] }) => void events.push(...(payload.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** The content script's top-level tasks in the trace, optionally only those starting after `sinceTs` (µs). */
export function extensionWork(events: TraceEvent[], extensionId: string, sinceTs = 0): ExtensionWork {
  const prefix = `chrome-extension://${extensionId}/`;
  const candidates = events
    .filter((e) => e.ph === 'X' && (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && e.args?.data?.url?.startsWith(prefix) && e.ts >= sinceTs)
    .sort((a, b) => a.ts - b.ts);
  // Keep only outermost events (a FunctionCall may nest in an EvaluateScript of the same thread).
  const top: TraceEvent[] = [];
  for (const event of candidates) {
    const last = top[top.length - 1];
    if (last && last.tid === event.tid && event.ts < last.ts + (last.dur ?? 0)) continue;
    top.push(event);
  }
  const ms = (us: number | undefined) => (us ?? 0) / 1000;
  const durations = top.map((e) => ms(e.dur));
  const cpu = top.map((e) => ms(e.tdur ?? e.dur));
  const firstTs = top[0]?.ts ?? 0;
  const lastTs = top.length ? Math.max(...top.map((e) => e.ts + (e.dur ?? 0))) : 0;
  return {
    tasks: top.length,
    busyMs: sum(durations),
    cpuMs: sum(cpu),
    spanMs: ms(lastTs - firstTs),
    longestMs: Math.max(0, ...durations),
    longestCpuMs: Math.max(0, ...cpu),
    over16: durations.filter((d) => d > 16).length,
    over16Cpu: cpu.filter((d) => d > 16).length,
    evaluationCpuMs: sum(top.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/content-scripts/content.js')).map((e) => ms(e.tdur ?? e.dur))),
    markingEvaluationCpuMs: sum(top.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/marking.js')).map((e) => ms(e.tdur ?? e.dur))),
    longestScanCpuMs: Math.max(0, ...top.filter((e) => e.name !== 'EvaluateScript').map((e) => ms(e.tdur ?? e.dur))),
    longestScanMs: Math.max(0, ...top.filter((e) => e.name !== 'EvaluateScript').map((e) => ms(e.dur))),
    firstTs,
    lastTs,
    longest: top
      .map((e) => ({ ts: e.ts, ms: ms(e.dur), cpuMs: ms(e.tdur ?? e.dur), name: e.name }))
      .sort((a, b) => b.cpuMs - a.cpuMs)
      .slice(0, 5),
  };
}

/** The evaluation task of the page script whose URL ends with `suffix`: wall clock and CPU, ms. */
export function scriptTask(events: TraceEvent[], suffix: string): { ms: number; cpuMs: number } {
  const task = events.find((e) => e.ph === 'X' && e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith(suffix));
  if (!task) throw new Error(`No EvaluateScript event for a script ending in ${suffix} in the trace`);
  return { ms: (task.dur ?? 0) / 1000, cpuMs: (task.tdur ?? task.dur ?? 0) / 1000 };
}

/** Timestamp (µs, trace clock) of the last instant event named `name` (a performance.mark from the page). */
export function markTs(events: TraceEvent[], name: string): number | null {
  const found = events.filter((e) => e.name === name && (e.ph === 'R' || e.ph === 'I' || e.ph === 'i' || e.ph === 'n' || e.ph === 'b'));
  return found.length ? found[found.length - 1]!.ts : null;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
