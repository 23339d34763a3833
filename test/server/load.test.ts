import test from 'ava';
import { startStack, VENDOR_SPECS } from '../../scripts/sgtm/stack.ts';
import { consentParameters, CT_CHOICES, idOf, permittedVendors, seeded, TC_CHOICES, type ConsentChoice } from './_consent.ts';

const HITS = 400;
const CONCURRENCY = 16;
const SEED = 20261123;

test('load - 400 hits over a seeded consent mix: every permitted forward arrives exactly once, no forbidden one, no hit lost', async (t) => {
  const random = seeded(SEED);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const cts = Object.values(CT_CHOICES);
  const tcs = Object.values(TC_CHOICES);
  const events: Record<string, unknown>[] = [];
  const stack = await startStack({ onEvent: (event) => events.push(event) });

  // Hits with their consent; requests of 1 (GET) or 2-5 hits (POST batch).
  const hits: { hit: Record<string, string>; choice: ConsentChoice }[] = [];
  for (let i = 0; i < HITS; i++) {
    const ct = pick(cts);
    const tc = pick(tcs);
    const choice: ConsentChoice = { name: `hit ${i}`, ...(ct === undefined ? {} : { ct }), ...(tc === undefined ? {} : { tc, gdpr: pick(['1', '1', '1', '0'] as const) }) };
    hits.push({ hit: { st: 'demo', cp: `h${i}`, uid: `h${i}`, ...consentParameters(choice) }, choice });
  }
  const requests: RequestInit[] = [];
  const urls: string[] = [];
  for (let i = 0; i < hits.length;) {
    const size = random() < 0.5 ? 1 : 2 + Math.floor(random() * 4);
    const group = hits.slice(i, i + size).map((entry) => entry.hit);
    i += group.length;
    if (group.length === 1) {
      urls.push(`${stack.server.url}/iom?${new URLSearchParams(group[0]).toString()}`);
      requests.push({ method: 'GET' });
    } else {
      urls.push(`${stack.server.url}/iom`);
      requests.push({ method: 'POST', body: JSON.stringify(group) });
    }
  }
  const statuses: number[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < urls.length) {
      const index = next;
      next += 1;
      const response = await fetch(urls[index] as string, requests[index]);
      await response.arrayBuffer();
      statuses.push(response.status);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await stack.settle();

  t.deepEqual([...new Set(statuses)], [204]);
  t.is(statuses.length, urls.length);
  t.is(events.length, HITS);
  for (const vendor of VENDOR_SPECS) {
    const expected = hits.filter((entry) => permittedVendors(entry.choice).includes(vendor.name)).map((entry) => entry.hit.cp).sort();
    const arrived = (stack.sinks[vendor.name]?.received ?? []).map((r) => idOf(r, vendor)).sort();
    t.deepEqual(arrived, expected, vendor.name);
    t.true(expected.length > 0, `${vendor.name} is permitted for some hits of the mix`);
  }
  t.like(stack.server.host.stats, { requests: urls.length, responses: urls.length, duplicateResponses: 0, failedResponses: 0, errors: 0 });
  await stack.close();
});
