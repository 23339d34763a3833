/** What each vendor sink received, as the demo prints it. */
import { VENDOR_SPECS } from '../sgtm/stack.ts';
import type { Sink } from '../sgtm/sinks.ts';

export function describeReceived(sinks: Record<string, Sink>, from: Record<string, number>): string[] {
  const lines: string[] = [];
  for (const vendor of VENDOR_SPECS) {
    const sink = sinks[vendor.name];
    const fresh = sink === undefined ? [] : sink.received.slice(from[vendor.name] ?? 0);
    const label = `${vendor.name} (GVL ${vendor.vendorId}, needs ${vendor.purposes.join(',')})`.padEnd(46);
    if (fresh.length === 0) {
      lines.push(`    ${label} nothing`);
      continue;
    }
    for (const request of fresh) {
      const shown = request.body === '' ? `${request.method} ${shorten(request.url)}` : `${request.method} ${request.url} ${shorten(request.body)}`;
      lines.push(`    ${label} ${shown}`);
    }
  }
  return lines;
}

function shorten(text: string): string {
  return text.length > 150 ? `${text.slice(0, 147)}...` : text;
}

export function counts(sinks: Record<string, Sink>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, sink] of Object.entries(sinks)) out[name] = sink.received.length;
  return out;
}
