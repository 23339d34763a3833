/**
 * makeTableMap(tableObj, keyColumnName, valueColumnName) (web and server; no permission): a SIMPLE_TABLE field's
 * rows as one object, `{[row[keyColumnName]]: row[valueColumnName]}`. Google: "an Object with the converted Map
 * of key-value pairs, or null otherwise". Here `null` when the table is not an array or no row gave a pair (rows
 * that are not objects or lack the key column are skipped); keys are made strings; a later row wins [Inf].
 */
import { getType, makeString } from './coerce.ts';

export function makeTableMap(tableObj: unknown, keyColumnName: unknown, valueColumnName: unknown): Record<string, unknown> | null {
  if (!Array.isArray(tableObj)) return null;
  const keyColumn = makeString(keyColumnName);
  const valueColumn = makeString(valueColumnName);
  const out: Record<string, unknown> = {};
  let mapped = false;
  for (const row of tableObj) {
    if (getType(row) !== 'object') continue;
    const record = row as Record<string, unknown>;
    if (!Object.prototype.hasOwnProperty.call(record, keyColumn)) continue;
    Object.defineProperty(out, makeString(record[keyColumn]), { value: record[valueColumn], enumerable: true, writable: true, configurable: true });
    mapped = true;
  }
  return mapped ? out : null;
}
