/**
 * The identity matrix through the local sGTM server: consent (purposes × vendors) × custom purpose × decision age
 * × rule. The oracle is written from docs/privacy.md, not from the client's code: a vendor receives an identifier
 * only when it receives the hit, the rule's purposes are granted to it, its custom purpose (if any) is consented
 * in the publisher TC segment, and the decision (LastUpdated) is on or after the rule's valid-from date.
 */
import path from 'node:path';
import test from 'ava';
import { makeTcString } from '../../scripts/sgtm/tc-strings.ts';
import { root, settleServer, stackData, VENDOR_SPECS, type VendorSpec } from '../../scripts/sgtm/stack.ts';
import { startSgtmServer, type SgtmServer } from '../../scripts/sgtm/server.ts';
import { startSink, type Sink } from '../../scripts/sgtm/sinks.ts';
import { fieldsOf } from './_consent.ts';

interface Rule {
  name: string;
  key: string;
  vendorId: number;
  purposes: number[];
  customPurpose: number | undefined;
  validFrom: string;
}

const RULES: readonly Rule[] = [
  { name: 'ga_id', key: 'ga_cid', vendorId: 4242, purposes: [1, 9], customPurpose: undefined, validFrom: '2025-01-01' },
  { name: 'crm_id', key: 'crm_id', vendorId: 4243, purposes: [1, 9], customPurpose: undefined, validFrom: '2026-02-01' },
  { name: 'rec_id', key: 'rec', vendorId: 4244, purposes: [1, 5], customPurpose: 1, validFrom: '2026-02-01' },
];

const PURPOSE_CHOICES: Record<string, number[]> = {
  'purposes 1,5,6,8,9': [1, 5, 6, 8, 9],
  'no purpose 9': [1, 5, 6, 8],
  'no purpose 5': [1, 6, 8, 9],
};
const ALL_VENDORS = [730, 785, 4242, 4243, 4244];
const VENDOR_CHOICES: Record<string, number[]> = {
  'all vendors': ALL_VENDORS,
  'not 4243': ALL_VENDORS.filter((id) => id !== 4243),
};
/** undefined: no publisher TC segment; else the custom purposes consented in it (of 2). */
const CUSTOM_CHOICES: Record<string, number[] | undefined> = {
  'no publisher segment': undefined,
  'custom purpose refused': [],
  'custom purpose 1': [1],
};
const DECIDED = ['2024-06-01', '2025-06-01', '2026-02-01', '2026-03-01'];

interface Choice {
  name: string;
  purposes: number[];
  vendors: number[];
  custom: number[] | undefined;
  decided: string;
}

function tcStringOf(choice: Choice): string {
  return makeTcString({
    purposeConsents: choice.purposes,
    vendorConsents: choice.vendors,
    decided: choice.decided,
    customPurposeConsents: choice.custom,
  });
}

function receivesHit(choice: Choice, spec: VendorSpec): boolean {
  return choice.vendors.includes(spec.vendorId) && spec.purposes.every((p) => choice.purposes.includes(p));
}

/** The oracle: the identifiers `spec` receives for `choice`, name -> value. */
function expectedIdentifiers(choice: Choice, spec: VendorSpec, body: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of RULES) {
    if (rule.vendorId !== spec.vendorId || !receivesHit(choice, spec)) continue;
    if (!rule.purposes.every((p) => choice.purposes.includes(p))) continue;
    if (rule.customPurpose !== undefined && !(choice.custom ?? []).includes(rule.customPurpose)) continue;
    if (choice.decided < rule.validFrom) continue;
    out[rule.name] = body[rule.key] as string;
  }
  return out;
}

const sinks: Record<string, Sink> = {};
let server: SgtmServer;

test.before(async () => {
  for (const spec of VENDOR_SPECS) sinks[spec.name] = await startSink(spec.name);
  const identifiers = RULES.map((rule) => ({
    name: rule.name, source: 'body', key: rule.key, vendors: String(rule.vendorId), purposes: rule.purposes.join(','),
    customPurpose: rule.customPurpose === undefined ? '' : String(rule.customPurpose), validFrom: rule.validFrom,
  }));
  server = await startSgtmServer({
    tplFile: path.join(root, 'server-client', 'template.tpl'),
    config: { data: { ...stackData(sinks, 2000), identifiers }, sendHttpUrls: ['http://127.0.0.1:*/'] },
  });
});
test.after.always(async () => {
  await server.close();
  for (const sink of Object.values(sinks)) await sink.close();
});

const settle = (): Promise<void> => settleServer(server);

const LINKING_VENDORS = VENDOR_SPECS.filter((spec) => RULES.some((rule) => rule.vendorId === spec.vendorId));
let next = 0;

const matrix = test.macro({
  async exec(t, choice: Choice) {
    next += 1;
    const id = `i${next}`;
    const body = { st: 'demo', uid: id, gdpr: '1', gdpr_consent: tcStringOf(choice), ga_cid: `GA1.1.${id}`, crm_id: `C-${id}`, rec: `R-${id}` };
    const response = await fetch(`${server.url}/iom`, { method: 'POST', body: JSON.stringify(body) });
    t.is(response.status, 204);
    await settle();
    const received: Record<string, Record<string, string>> = {};
    const expected: Record<string, Record<string, string>> = {};
    for (const spec of LINKING_VENDORS) {
      const sink = sinks[spec.name];
      if (sink === undefined) return t.fail(`no sink ${spec.name}`);
      for (const entry of sink.received) {
        const fields = fieldsOf(entry, spec);
        if (fields.uid !== id) continue;
        const identifiers: Record<string, string> = {};
        for (const rule of RULES) if (fields[rule.name] !== undefined) identifiers[rule.name] = fields[rule.name] as string;
        received[spec.name] = identifiers;
      }
      if (receivesHit(choice, spec)) expected[spec.name] = expectedIdentifiers(choice, spec, body);
    }
    t.deepEqual(received, expected);
  },
  title: (_provided, choice: Choice) => `identity matrix - ${choice.name}`,
});

for (const [purposesName, purposes] of Object.entries(PURPOSE_CHOICES)) {
  for (const [vendorsName, vendors] of Object.entries(VENDOR_CHOICES)) {
    for (const [customName, custom] of Object.entries(CUSTOM_CHOICES)) {
      for (const decided of DECIDED) {
        test.serial(matrix, { name: `${purposesName}, ${vendorsName}, ${customName}, decided ${decided}`, purposes, vendors, custom, decided });
      }
    }
  }
}

test.serial('identity matrix - the oracle attaches every rule somewhere and strips it somewhere', (t) => {
  const outcomes = new Map<string, Set<boolean>>();
  for (const purposes of Object.values(PURPOSE_CHOICES)) {
    for (const custom of Object.values(CUSTOM_CHOICES)) {
      for (const decided of DECIDED) {
        const choice: Choice = { name: '', purposes, vendors: ALL_VENDORS, custom, decided };
        for (const spec of LINKING_VENDORS) {
          if (!receivesHit(choice, spec)) continue;
          const attached = expectedIdentifiers(choice, spec, { ga_cid: 'g', crm_id: 'c', rec: 'r' });
          for (const rule of RULES.filter((r) => r.vendorId === spec.vendorId)) {
            const set = outcomes.get(rule.name) ?? new Set<boolean>();
            set.add(attached[rule.name] !== undefined);
            outcomes.set(rule.name, set);
          }
        }
      }
    }
  }
  t.deepEqual([...outcomes.entries()].map(([name, set]) => [name, [...set].sort()]), [
    ['ga_id', [false, true]], ['crm_id', [false, true]], ['rec_id', [false, true]],
  ]);
});
