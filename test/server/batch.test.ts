import test from 'ava';
import { startStack, VENDOR_SPECS } from '../../scripts/sgtm/stack.ts';
import { consentParameters, CT_CHOICES, idOf, TC_CHOICES } from './_consent.ts';

const received = (stack: Awaited<ReturnType<typeof startStack>>): Record<string, (string | undefined)[]> => {
  const out: Record<string, (string | undefined)[]> = {};
  for (const vendor of VENDOR_SPECS) out[vendor.name] = (stack.sinks[vendor.name]?.received ?? []).map((r) => idOf(r, vendor)).sort();
  return out;
};

test('batch - each hit of a POST batch is routed on its own consent, one response, one container run per hit', async (t) => {
  const events: Record<string, unknown>[] = [];
  const stack = await startStack({ onEvent: (event) => events.push(event) });
  const hits = [
    { st: 'demo', cp: 'b1', uid: 'b1', ...consentParameters({ name: 'a', ct: CT_CHOICES['ct all'] }) },
    { st: 'demo', cp: 'b2', uid: 'b2', ...consentParameters({ name: 'b', tc: TC_CHOICES['TC INFOnline and CRM'], gdpr: '1' }) },
    { st: 'demo', cp: 'b3', uid: 'b3' },
  ];
  const response = await fetch(`${stack.server.url}/iom`, { method: 'POST', body: JSON.stringify(hits) });
  t.is(response.status, 204);
  await stack.settle();
  t.deepEqual(received(stack), { INFOnline: ['b1', 'b2'], agof: ['b1'], CRM: ['b2'], Analytics: [], Recording: [] });
  t.deepEqual(events.map((event) => event.cp), ['b1', 'b2', 'b3']);
  t.like(stack.server.host.stats, { requests: 1, responses: 1 });
  await stack.close();
});

test('batch - one bad hit refuses the whole batch: 400 naming it, nothing forwarded, no container run', async (t) => {
  const events: Record<string, unknown>[] = [];
  const stack = await startStack({ onEvent: (event) => events.push(event) });
  const hits = [{ st: 'demo', cp: 'c1', ...consentParameters({ name: 'a', ct: CT_CHOICES['ct all'] }) }, { cp: 'c2' }];
  const response = await fetch(`${stack.server.url}/iom`, { method: 'POST', body: JSON.stringify(hits) });
  t.is(response.status, 400);
  t.is(await response.text(), 'bad request: hit 2: st is missing');
  await stack.settle();
  t.deepEqual(received(stack), { INFOnline: [], agof: [], CRM: [], Analytics: [], Recording: [] });
  t.deepEqual(events, []);
  await stack.close();
});
