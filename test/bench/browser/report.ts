import { execFileSync } from 'node:child_process';
import { cpus, release, type } from 'node:os';

/** The middle value (the mean of the two middle ones for an even count): one slow outlier moves it not at all. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('the median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export function milliseconds(value: number): string {
  return `${value.toFixed(1)} ms`;
}

export function bytes(value: number): string {
  if (value < 1024) return `${value} B`;
  return `${(value / 1024).toFixed(1)} KB`;
}

/** ours / reference, or a dash where the reference is zero (a ratio to nothing says nothing). */
export function ratio(ours: number, reference: number): string {
  return reference > 0 ? `${(ours / reference).toFixed(2)}×` : '—';
}

/** One figure against the reference: `figure: ours X, reference Y, ratio Z×`, and the target if it has one. */
export function compared(
  figure: string,
  ours: number,
  reference: number,
  format: (value: number) => string,
  target?: string,
): string {
  const line = `${figure}: ours ${format(ours)}, reference ${format(reference)}, ratio ${ratio(ours, reference)}`;
  return target === undefined ? line : `${line} (target ${target})`;
}

/** The Chromium at `executablePath`'s own version line; the Debian wrapper's stderr chatter is dropped. */
export function chromiumVersion(executablePath: string): string {
  try {
    return execFileSync(executablePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 15_000,
    }).trim();
  } catch (error) {
    return `unknown (${executablePath} --version failed: ${error instanceof Error ? error.message : String(error)})`;
  }
}

/** What the figures below were measured on: they mean little without it. */
export function machineLines(chromium: string): string[] {
  const cores = cpus();
  return [
    `Machine: ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, ${type()} ${release()}`,
    `Node ${process.version}; ${chromium}`,
  ];
}
