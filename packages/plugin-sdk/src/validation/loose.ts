// Semantic checks run even when the schema failed, so every error is reported at once;
// these helpers read untrusted input without assuming its shape.
export type Loose = Readonly<Record<string, unknown>>;

export const isObj = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

export function objects(o: unknown, key: string): [Loose, number][] {
  const v = isObj(o) ? o[key] : undefined;
  if (!Array.isArray(v)) return [];
  return v.flatMap((x, i): [Loose, number][] => (isObj(x) ? [[x, i]] : []));
}

export const str = (o: unknown, key: string): string | undefined => {
  const v = isObj(o) ? o[key] : undefined;
  return typeof v === 'string' ? v : undefined;
};

export const num = (o: unknown, key: string): number | undefined => {
  const v = isObj(o) ? o[key] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

export const obj = (o: unknown, key: string): Loose | undefined => {
  const v = isObj(o) ? o[key] : undefined;
  return isObj(v) ? v : undefined;
};

export const strings = (o: unknown, key: string): [string, number][] => {
  const v = isObj(o) ? o[key] : undefined;
  if (!Array.isArray(v)) return [];
  return v.flatMap((x, i): [string, number][] => (typeof x === 'string' ? [[x, i]] : []));
};
