// How long Minutes takes to start, as VS Code's Running Extensions view counts it (loading the code, then the
// activate call) and up to the moment the first scan of the workspace starts; written to the Minutes log and handed
// to the API for `npm run bench`. Measuring never changes what starts when.
import * as vscode from 'vscode';

/** Set by the first line of the bundle (scripts/build.mjs's banner): when its code began to load. */
declare const __minutesCodeStart: number | undefined;
/** Set there too, in Node (the desktop extension host): the CPU time of the host's thread (Node 23.9+; else of the process) then. */
declare const __minutesCpuStart: { user: number; system: number } | undefined;
/** Set by the last line of the bundle (the build's footer): when, and at what CPU time, its code had run. */
declare const __minutesCodeEnd: number | undefined;
declare const __minutesCpuEnd: { user: number; system: number } | undefined;

export interface StartupTimes {
  /**
   * From the first line of the bundle to its last: compiling and running its modules, Minutes' own part of loading
   * (and the CPU time of it, desktop only).
   */
  readonly evaluationMs?: number;
  readonly evaluationCpuMs?: number;
  /**
   * From the first line of the bundle to the activate call: the evaluation, then whatever the host does before it
   * calls activate() (it prepares the extension's context, and other extensions' work may run meanwhile).
   */
  readonly codeLoadingMs?: number;
  /** The activate call itself: registering every feature. */
  readonly activateMs?: number;
  /** From the first line of the bundle (or the activate call, when unknown) until the first scan started. */
  readonly untilFirstScanMs?: number;
  /**
   * The CPU time the extension host's thread spent over the same span (desktop only; the whole process's before Node
   * 23.9): on a shared machine the wall time above also counts the neighbours' turns.
   */
  readonly untilFirstScanCpuMs?: number;
}

/** The banner's clock: this thread's CPU time where Node tells it, else the process's. */
function cpuUsage(since: { user: number; system: number }): { user: number; system: number } {
  const thread = (process as { threadCpuUsage?: typeof process.cpuUsage }).threadCpuUsage;
  return thread ? thread(since) : process.cpuUsage(since);
}

export class StartupClock {
  private readonly codeStart = typeof __minutesCodeStart === 'number' ? __minutesCodeStart : undefined;
  private readonly cpuStart = typeof __minutesCpuStart === 'object' ? __minutesCpuStart : undefined;
  private firstScanCpu?: { user: number; system: number };
  private readonly activateStart = performance.now();
  private activated?: number;
  private firstScan?: number;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  markActivated(): void {
    this.activated ??= performance.now();
  }

  markFirstScan(): void {
    if (this.firstScan !== undefined) return;
    this.firstScan = performance.now();
    if (this.cpuStart) this.firstScanCpu = cpuUsage(this.cpuStart);
    const { evaluationMs, evaluationCpuMs, codeLoadingMs, activateMs, untilFirstScanMs, untilFirstScanCpuMs } = this.times();
    const ms = (value: number | undefined): string => (value === undefined ? 'unknown' : `${value.toFixed(1)} ms`);
    const cpu = (value: number | undefined): string => (value === undefined ? '' : ` (${ms(value)} of CPU time)`);
    this.log.info(
      `started: code run in ${ms(evaluationMs)}${cpu(evaluationCpuMs)}, loaded in ${ms(codeLoadingMs)}, activated in ${ms(activateMs)}, first scan after ${ms(untilFirstScanMs)}${cpu(untilFirstScanCpuMs)}`,
    );
  }

  times(): StartupTimes {
    const from = this.codeStart ?? this.activateStart;
    const cpuMs = (usage: { user: number; system: number }): number => (usage.user + usage.system) / 1000;
    const ended = typeof __minutesCodeEnd === 'number' ? __minutesCodeEnd : undefined;
    const cpuEnded = typeof __minutesCpuEnd === 'object' ? __minutesCpuEnd : undefined;
    return {
      evaluationMs: this.codeStart === undefined || ended === undefined ? undefined : ended - this.codeStart,
      evaluationCpuMs: this.cpuStart && cpuEnded && cpuMs(cpuEnded) - cpuMs(this.cpuStart),
      codeLoadingMs: this.codeStart === undefined ? undefined : this.activateStart - this.codeStart,
      activateMs: this.activated === undefined ? undefined : this.activated - this.activateStart,
      untilFirstScanMs: this.firstScan === undefined ? undefined : this.firstScan - from,
      untilFirstScanCpuMs: this.firstScanCpu && cpuMs(this.firstScanCpu),
    };
  }
}
