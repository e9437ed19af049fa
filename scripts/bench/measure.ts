// What every benchmark shares to measure and print: timings, medians, interleaved runs, tables.

/** Unmeasured rounds before the measured ones: JIT, plan caches, PostgreSQL's buffers, Apollo's document cache. */
export const warmupRuns = 3;

export async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const high = sorted[middle] ?? Number.NaN;
  const low = sorted[middle - 1] ?? high;
  return sorted.length % 2 === 1 ? high : (low + high) / 2;
}

/**
 * Runs every side once per round, warm-up rounds first, and returns each side's measured times.
 * The order alternates every round: a side that always ran second would find caches the first
 * one warmed, and a side that always ran first would pay for the other's garbage collection.
 */
export async function interleaved(sides: readonly (() => Promise<unknown>)[], runs: number): Promise<number[][]> {
  return interleavedReports(
    sides.map((side) => () => time(side)),
    runs,
  );
}

/** `interleaved` for sides that time themselves (a browser's own clock, say) and report milliseconds. */
export async function interleavedReports(sides: readonly (() => Promise<number>)[], runs: number): Promise<number[][]> {
  const samples = sides.map((): number[] => []);
  for (let round = 0; round < warmupRuns + runs; round++) {
    const order = sides.map((side, index) => ({ side, index }));
    if (round % 2 === 1) order.reverse();
    for (const { side, index } of order) {
      const ms = await side();
      if (round >= warmupRuns) samples[index]?.push(ms);
    }
  }
  return samples;
}

export const ms = (value: number) => (value >= 100 ? value.toFixed(1) : value.toFixed(2));
export const ratio = (value: number) => `${value.toFixed(2)}×`;

/** A plain text table: the first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function print(text = ''): void {
  process.stdout.write(`${text}\n`);
}
