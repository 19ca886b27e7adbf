export interface DiffRow {
  field: string;
  before: string | null;
  after: string | null;
}

const show = (value: unknown): string | null =>
  value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value);

function asRecord(value: unknown): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
}

/**
 * The fields an audit entry changed, top level only: a creation lists every field as added, a deletion
 * every field as removed, an update only the fields whose values differ.
 */
export function diffEntries(before: unknown, after: unknown): DiffRow[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].sort();
  return fields
    .map((field) => ({ field, before: show(b?.[field]), after: show(a?.[field]) }))
    .filter((row) => row.before !== row.after);
}

/** A saved chain head (the JSON from "download"), or null when the text is not one. */
export function parseCheckpoint(text: string): { seq: number; hash: string } | null {
  try {
    const value = JSON.parse(text) as { seq?: unknown; hash?: unknown };
    if (typeof value.seq !== 'number' || !Number.isInteger(value.seq) || value.seq < 1) return null;
    if (typeof value.hash !== 'string' || !/^[0-9a-f]{64}$/.test(value.hash)) return null;
    return { seq: value.seq, hash: value.hash };
  } catch {
    return null;
  }
}
