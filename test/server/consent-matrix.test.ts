import test from 'ava';
import { startStack, VENDOR_SPECS, type Stack } from '../../scripts/sgtm/stack.ts';
import { consentParameters, CT_CHOICES, expectedFields, fieldsOf, idOf, permittedVendors, TC_CHOICES, type ConsentChoice } from './_consent.ts';

let stack: Stack;
test.before(async () => {
  stack = await startStack();
});
test.after.always(async () => {
  await stack.close();
});

const choices: ConsentChoice[] = [];
for (const [ctName, ct] of Object.entries(CT_CHOICES)) {
  for (const [tcName, tc] of Object.entries(TC_CHOICES)) {
    choices.push({ name: `${ctName}, ${tcName}`, ...(ct === undefined ? {} : { ct }), ...(tc === undefined ? {} : { tc, gdpr: '1' as const }) });
  }
}
choices.push({ name: 'TC all with gdpr=0', tc: TC_CHOICES['TC all'], gdpr: '0' });
choices.push({ name: 'TC all without gdpr', tc: TC_CHOICES['TC all'] });
choices.push({ name: 'ct all, TC all with gdpr=0', ct: CT_CHOICES['ct all'], tc: TC_CHOICES['TC all'], gdpr: '0' });

let next = 0;
const matrix = test.macro({
  async exec(t, choice: ConsentChoice) {
    next += 1;
    const id = `m${next}`;
    const hit: Record<string, string> = {
      st: 'demo', cp: id, co: 'matrix', sv: 'i2', uid: id, url: 'https://www.example.com/article?x=1', ref: 'https://search.example/',
      ...consentParameters(choice),
    };
    const response = await fetch(`${stack.server.url}/iom?${new URLSearchParams(hit).toString()}`);
    t.is(response.status, 204);
    await stack.settle();
    const received: Record<string, Record<string, string>[]> = {};
    for (const vendor of VENDOR_SPECS) {
      const sink = stack.sinks[vendor.name];
      if (sink === undefined) return t.fail(`no sink ${vendor.name}`);
      const mine = sink.received.filter((r) => idOf(r, vendor) === id);
      if (mine.length > 0) received[vendor.name] = mine.map((r) => fieldsOf(r, vendor));
    }
    const expected: Record<string, Record<string, string>[]> = {};
    for (const name of permittedVendors(choice)) {
      const vendor = VENDOR_SPECS.find((v) => v.name === name);
      if (vendor !== undefined) expected[name] = [expectedFields(hit, vendor)];
    }
    t.deepEqual(received, expected);
  },
  title: (_provided, choice: ConsentChoice) => `consent matrix - ${choice.name}: ${permittedVendors(choice).join(', ') || 'nobody'}`,
});

for (const choice of choices) test.serial(matrix, choice);
