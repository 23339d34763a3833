import test from 'ava';
import { startStack, VENDOR_SPECS } from '../../scripts/sgtm/stack.ts';
import { consentParameters, CT_CHOICES, idOf, TC_CHOICES } from './_consent.ts';

const everything = consentParameters({ ct: CT_CHOICES['ct all'], tc: TC_CHOICES['TC all'], gdpr: '1', name: 'all' });

const ids = (stack: Awaited<ReturnType<typeof startStack>>, name: string): (string | undefined)[] => {
  const vendor = VENDOR_SPECS.find((v) => v.name === name);
  const sink = stack.sinks[name];
  return vendor === undefined || sink === undefined ? [] : sink.received.map((r) => idOf(r, vendor));
};

test('vendor failures - one vendor down, one slow past the timeout, one answering 500: the others get their hit, the browser its 204', async (t) => {
  const errors: string[] = [];
  const logs: string[] = [];
  const stack = await startStack({
    timeoutMs: 1000,
    debug: true,
    behaviours: { INFOnline: { down: true }, agof: { delayMs: 3000 }, CRM: { status: 500 } },
    onError: (message) => errors.push(message),
    onLog: (args) => logs.push(args.join(' ')),
  });
  const hit = new URLSearchParams({ st: 'demo', cp: 'f1', uid: 'f1', ...everything });
  const response = await fetch(`${stack.server.url}/iom?${hit.toString()}`);
  t.is(response.status, 204);
  await stack.settle();
  t.deepEqual(ids(stack, 'INFOnline'), []);
  t.deepEqual(ids(stack, 'agof'), ['f1']);
  t.deepEqual(ids(stack, 'CRM'), ['f1']);
  t.deepEqual(ids(stack, 'Analytics'), ['f1']);
  t.deepEqual(ids(stack, 'Recording'), ['f1']);
  t.deepEqual(errors, []);
  t.deepEqual(logs.filter((line) => line.startsWith('iom client: forward to')).sort(), [
    'iom client: forward to Analytics: sent 204',
    'iom client: forward to CRM: sent 500',
    'iom client: forward to INFOnline: failed',
    'iom client: forward to Recording: sent 204',
    'iom client: forward to agof: timed_out',
  ]);
  t.like(stack.server.host.stats, { requests: 1, responses: 1, duplicateResponses: 0, failedResponses: 0 });
  await stack.close();
});

test('vendor failures - the browser gets its response while a vendor is still answering', async (t) => {
  const stack = await startStack({ timeoutMs: 2000, behaviours: { Analytics: { delayMs: 400 } } });
  const hit = new URLSearchParams({ st: 'demo', cp: 'f2', uid: 'f2', ...everything });
  const response = await fetch(`${stack.server.url}/iom?${hit.toString()}`);
  t.is(response.status, 204);
  // The answer is there while the forwards are still open (the slow one answers after 400 ms).
  t.true(stack.server.host.inFlight > 0);
  await stack.settle();
  t.deepEqual(ids(stack, 'Analytics'), ['f2']);
  await stack.close();
});
