import { z } from 'zod';

/**
 * The fields of `o`, each optional and without its default: zod 4 applies defaults inside `.partial()`,
 * which would silently reset every omitted field on an update.
 */
export function partialUpdate<T extends z.ZodRawShape>(o: z.ZodObject<T>) {
  const shape = Object.fromEntries(
    Object.entries(o.shape).map(([k, v]) => {
      const inner = v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : (v as z.ZodType);
      return [k, inner.optional()];
    }),
  );
  return z.object(shape) as unknown as z.ZodObject<{
    [K in keyof T]: z.ZodOptional<T[K] extends z.ZodDefault<infer I> ? I : T[K]>;
  }>;
}
