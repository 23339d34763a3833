/**
 * The `ct-string` commands as functions of their arguments (and stdin text for --batch): what to print and the
 * exit code. Exit 2 on any error, with one clear line on stderr.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ctFromTcf, decodeCt, decodeTcString } from '../../consent/index.ts';
import type { CtEncoding, DecisionSource, TcData } from '../../consent/index.ts';

export interface Outcome {
  code: 0 | 2;
  stdout: string;
  stderr: string;
}

export const USAGE = `usage:
  ct-string decode <ct>
  ct-string encode --tc-string <TC> [--encoding minimal|compatible] [--gdpr-applies true|false]
  ct-string encode --tcdata <file.json> [--encoding minimal|compatible]
  ct-string encode --batch [--encoding minimal|compatible] [--gdpr-applies true|false]   (TC strings on stdin, one per line)
  ct-string tc <TC>
`;

const ok = (stdout: string): Outcome => ({ code: 0, stdout, stderr: '' });
const fail = (message: string): Outcome => ({ code: 2, stdout: '', stderr: 'ct-string: ' + message + '\n' });

export interface EncodeSettings {
  encoding: CtEncoding;
  gdprApplies: boolean;
}

/** Parse the command line and run it; `{ batch }` tells the caller to read stdin and call `runBatch`. */
export function run(argv: string[]): Outcome | { batch: EncodeSettings } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'tc-string': { type: 'string' },
        tcdata: { type: 'string' },
        encoding: { type: 'string' },
        'gdpr-applies': { type: 'string' },
        batch: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail((error as Error).message + '\n' + USAGE);
  }
  const { values, positionals } = parsed;
  if (values.help) return ok(USAGE);
  const [command, ...rest] = positionals;
  if (command === 'decode') return decode(rest, values);
  if (command === 'tc') return tc(rest, values);
  if (command === 'encode') return encode(rest, values);
  return fail((command === undefined ? 'missing command' : 'unknown command "' + command + '"') + '\n' + USAGE);
}

type Values = { [name: string]: string | boolean | undefined };

function onlyOne(rest: string[], values: Values, what: string): string | Outcome {
  for (const name of Object.keys(values)) {
    if (values[name] !== undefined) return fail('--' + name + ' does not apply to this command');
  }
  if (rest.length !== 1) return fail('expected exactly one ' + what + ', got ' + rest.length);
  return rest[0];
}

function decode(rest: string[], values: Values): Outcome {
  const input = onlyOne(rest, values, 'ct string');
  if (typeof input !== 'string') return input;
  const decoded = decodeCt(input);
  if (!decoded.ok) return fail(decoded.error.message);
  return ok(JSON.stringify(decoded.value) + '\n');
}

function tc(rest: string[], values: Values): Outcome {
  const input = onlyOne(rest, values, 'TC string');
  if (typeof input !== 'string') return input;
  const decoded = decodeTcString(input);
  if (!decoded.ok) return fail(decoded.error.message);
  return ok(JSON.stringify(decoded.value, null, 2) + '\n');
}

function encode(rest: string[], values: Values): Outcome | { batch: EncodeSettings } {
  if (rest.length !== 0) return fail('encode takes no positional arguments (got "' + rest.join(' ') + '")');
  const encoding = values.encoding === undefined ? 'minimal' : values.encoding;
  if (encoding !== 'minimal' && encoding !== 'compatible') return fail('--encoding must be minimal or compatible, got "' + String(encoding) + '"');
  const gdpr = values['gdpr-applies'];
  if (gdpr !== undefined && gdpr !== 'true' && gdpr !== 'false') return fail('--gdpr-applies must be true or false, got "' + String(gdpr) + '"');
  const sources = ['tc-string', 'tcdata', 'batch'].filter((name) => values[name] !== undefined);
  if (sources.length !== 1) return fail('encode needs exactly one of --tc-string, --tcdata, --batch');
  const settings: EncodeSettings = { encoding, gdprApplies: gdpr !== 'false' };
  if (values.batch) return { batch: settings };
  if (typeof values['tc-string'] === 'string') return encodeOne({ kind: 'tcString', tcString: values['tc-string'], gdprApplies: settings.gdprApplies }, encoding);
  if (gdpr !== undefined) return fail('--gdpr-applies applies to TC strings; a tcData object carries its own gdprApplies');
  const file = String(values.tcdata);
  let tcData: unknown;
  try {
    tcData = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return fail('cannot read tcData from ' + file + ': ' + (error as Error).message);
  }
  if (typeof tcData !== 'object' || tcData === null || Array.isArray(tcData)) return fail(file + ' does not hold a tcData object');
  return encodeOne({ kind: 'tcData', tcData: tcData as TcData }, encoding);
}

function encodeOne(source: DecisionSource, encoding: CtEncoding): Outcome {
  const ct = ctFromTcf(source, { encoding });
  if (!ct.ok) return fail(ct.error.message);
  return ok(ct.value + '\n');
}

/** One TC string per line in, one ct or `error: …` per line out. */
export function runBatch(input: string, settings: EncodeSettings): string {
  const lines = input.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out: string[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const ct = ctFromTcf({ kind: 'tcString', tcString: line.trim(), gdprApplies: settings.gdprApplies }, { encoding: settings.encoding });
    out[i] = ct.ok ? ct.value : 'error: ' + ct.error.message;
  }
  return out.length === 0 ? '' : out.join('\n') + '\n';
}
