import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';

/**
 * Canonical JSON: object keys sorted, `undefined` and functions left out, no whitespace.
 * Two structurally equal values always give the same text, whatever their key order.
 * Written as loops over sorted keys with one string built up: a month's scoring input is hashed on every
 * score read, and the entries/filter/sort/map/join version spent a tenth of that read's time here
 * (docs/performance.md). The text is the same byte for byte (canonical.test.ts holds it to the old form).
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let text = '[';
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (i > 0) text += ',';
          text += item === undefined || typeof item === 'function' ? 'null' : canonicalJson(item);
        }
        return `${text}]`;
      }
      const record = value as Record<string, unknown>;
      // Default sort: UTF-16 code unit order, the same order as comparing keys with < and >.
      const keys = Object.keys(record).sort();
      let text = '{';
      let first = true;
      for (const key of keys) {
        const item = record[key];
        if (item === undefined || typeof item === 'function') continue;
        if (!first) text += ',';
        first = false;
        text += `${JSON.stringify(key)}:${canonicalJson(item)}`;
      }
      return `${text}}`;
    }
    default:
      throw new TypeError(`canonicalJson: cannot encode a ${typeof value}`);
  }
}

/** SHA-256 of the canonical JSON, lowercase hex. Runs on Node, Workers and in the browser. */
export function contentHash(value: unknown): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(canonicalJson(value))));
}
