/**
 * autocannon in a process of its own: started by load.ts with the options as a JSON argument, prints the
 * LoadResult as one JSON line and exits. The load generator then has its own event loop and CPU time instead of
 * sharing the server's, which would slow the server by as much as the generator works and pull every ratio
 * between cases towards 1.
 * Latency percentiles come from each 2xx response's own time (autocannon's `response` event, hrtime in ms with
 * fractions), not from autocannon's histogram, which counts whole milliseconds: with a p99 of 11-30 ms, whole
 * milliseconds move a p99 ratio in steps of 3-9 %, a good part of the 20 % the goal allows.
 */
import { createRequire } from 'node:module';
import type { EventEmitter } from 'node:events';
import type { LoadOptions, LoadResult } from './load.ts';

type Instance = EventEmitter & PromiseLike<AutocannonResult>;
interface AutocannonResult {
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: LoadOptions) => Instance;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
const times: number[] = [];
const instance = autocannon(options);
instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
  if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
});
const result = await instance;
times.sort((x, y) => x - y);
/** Nearest-rank percentile, in ms. */
const percentile = (p: number): number => (times.length === 0 ? 0 : (times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] as number));
const round = (ms: number): number => Math.round(ms * 100) / 100;
// Only the figures the benchmarks read: autocannon's full result also carries histograms and the options.
const out: LoadResult = {
  requests: { average: result.requests.average, total: result.requests.total },
  latency: { p50: round(percentile(50)), p99: round(percentile(99)), average: round(times.reduce((sum, t) => sum + t, 0) / Math.max(times.length, 1)) },
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
