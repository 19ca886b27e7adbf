import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { partialUpdate } from './partial-update.ts';

describe('partialUpdate', () => {
  it('leaves omitted fields out instead of filling their defaults', () => {
    const fields = z.object({
      name: z.string(),
      address: z.string().default(''),
      tags: z.array(z.string()).default([]),
    });
    expect(partialUpdate(fields).parse({ name: 'x' })).toEqual({ name: 'x' });
    expect(partialUpdate(fields).parse({ address: 'y' })).toEqual({ address: 'y' });
    expect(() => partialUpdate(fields).parse({ name: 3 })).toThrow();
  });
});
