/** Median wall time in milliseconds of `runs` calls, after one warm-up call. */
export async function medianMs(runs: number, body: () => unknown): Promise<number> {
  await body();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await body();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
