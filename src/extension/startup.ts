// How long Minutes takes to start, as VS Code's Running Extensions view counts it (loading the code, then the
// activate call) and up to the moment the first scan of the workspace starts; written to the Minutes log and handed
// to the API for `npm run bench`. Measuring never changes what starts when.
import * as vscode from 'vscode';

/** Set by the first line of the bundle (scripts/build.mjs's banner): when its code began to load. */
declare const __minutesCodeStart: number | undefined;

export interface StartupTimes {
  /** From the first line of the bundle to the activate call: compiling and running its modules. */
  readonly codeLoadingMs?: number;
  /** The activate call itself: registering every feature. */
  readonly activateMs?: number;
  /** From the first line of the bundle (or the activate call, when unknown) until the first scan started. */
  readonly untilFirstScanMs?: number;
}

export class StartupClock {
  private readonly codeStart = typeof __minutesCodeStart === 'number' ? __minutesCodeStart : undefined;
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
    const { codeLoadingMs, activateMs, untilFirstScanMs } = this.times();
    const ms = (value: number | undefined): string => (value === undefined ? 'unknown' : `${value.toFixed(1)} ms`);
    this.log.info(`started: code loaded in ${ms(codeLoadingMs)}, activated in ${ms(activateMs)}, first scan after ${ms(untilFirstScanMs)}`);
  }

  times(): StartupTimes {
    const from = this.codeStart ?? this.activateStart;
    return {
      codeLoadingMs: this.codeStart === undefined ? undefined : this.activateStart - this.codeStart,
      activateMs: this.activated === undefined ? undefined : this.activated - this.activateStart,
      untilFirstScanMs: this.firstScan === undefined ? undefined : this.firstScan - from,
    };
  }
}
