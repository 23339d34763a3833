/**
 * Vendor sinks in a process of their own, for the benchmarks: the server under test then pays only for its own
 * side of each forward, as it would with remote vendors. Started with a JSON argument
 * `{ "<name>": { "status"?: n, "delayMs"?: n }, … }`; prints `{ "<name>": "<origin>", … }` on one line when
 * listening; exits on SIGTERM or when its parent goes away.
 */
import { startSink, type SinkBehaviour } from './sinks.ts';

const behaviours = JSON.parse(process.argv[2] ?? '{}') as Record<string, SinkBehaviour>;
const origins: Record<string, string> = {};
for (const [name, behaviour] of Object.entries(behaviours)) origins[name] = (await startSink(name, behaviour, false)).origin;
process.stdout.write(`${JSON.stringify(origins)}\n`);
process.on('SIGTERM', () => process.exit(0));
process.on('disconnect', () => process.exit(0));
