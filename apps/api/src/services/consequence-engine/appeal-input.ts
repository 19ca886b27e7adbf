import { z } from 'zod';

/** Evidence files travel base64 in the request: a few photos or a scanned letter, 2 MB each at most. */
const MAX_BASE64 = Math.ceil((2 * 1024 * 1024 * 4) / 3) + 4;

export const appealSchema = z.object({
  consequenceId: z.uuid(),
  grounds: z.string().trim().min(1).max(4000),
  evidence: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(200),
        contentType: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
        base64: z
          .string()
          .max(MAX_BASE64)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'validation.base64'),
      }),
    )
    .max(5)
    .default([]),
});
