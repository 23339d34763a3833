/**
 * autocannon in a process of its own: started by load.ts with the options as a JSON argument, prints the
 * LoadResult as one JSON line and exits. The load generator then has its own event loop and CPU time instead of
 * sharing the server's, which would slow the server by as much as the generator works and pull every ratio
 * between cases towards 1.
 */
import { createRequire } from 'node:module';
import type { LoadOptions, LoadResult } from './load.ts';

type Autocannon = (options: LoadOptions) => Promise<LoadResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
const result = await autocannon(options);
// Only the figures the benchmarks read: autocannon's full result also carries histograms and the options.
const out: LoadResult = {
  requests: { average: result.requests.average, total: result.requests.total },
  latency: { p50: result.latency.p50, p99: result.latency.p99, average: result.latency.average },
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
