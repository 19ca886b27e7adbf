import { creditCodeCheckCharacter } from '@steward/core';

/** A real-format credit code with a correct check character (market regulation, enterprise, Shanghai). */
export function creditCode(body9: string): string {
  const first17 = `91310000${body9}`;
  return first17 + creditCodeCheckCharacter(first17);
}
