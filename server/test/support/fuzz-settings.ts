/**
 * How long the property-based and model-based suites run. `npm test` runs a fixed seed and the
 * bounded count; `npm run test:fuzz -w server` (FUZZ_LONG=1) the long count; FUZZ_RUNS and
 * FUZZ_SEED override either. A failure prints the seed and path that replay it.
 */
export function fuzzSettings(bounded: number, long: number): { runs: number; seed: number } {
  const runs = Number(process.env.FUZZ_RUNS ?? (process.env.FUZZ_LONG === '1' ? long : bounded));
  const seed = Number(process.env.FUZZ_SEED ?? 20261201);
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a whole number above 0, not ${process.env.FUZZ_RUNS}`);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be a whole number, not ${process.env.FUZZ_SEED}`);
  return { runs, seed };
}

/** Prints a suite's figures (cases run, seed) where a test run shows them: jest keeps console.warn, lint allows it. */
export function printFigures(line: string): void {
  console.warn(line);
}
