import { readFileSync } from 'node:fs';
import test from 'ava';
import { decodeTcString } from '../../consent/index.ts';
import { makeTcString, SCENARIO_TC_STRINGS } from '../../scripts/sgtm/tc-strings.ts';

const setup = readFileSync(new URL('../../server-client/tests/setup.ts', import.meta.url), 'utf8');

for (const [name, choice] of Object.entries(SCENARIO_TC_STRINGS)) {
  test(`scenario TC string - ${name} is what @iabtechlabtcf/core makes for its choice`, (t) => {
    const made = makeTcString(choice);
    t.true(setup.includes(`export const ${name} = '${made}';`));
    const decoded = decodeTcString(made);
    t.true(decoded.ok);
  });
}
