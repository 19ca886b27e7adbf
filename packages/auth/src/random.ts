/** WebCrypto's CSPRNG: the same global on Node 20+ and workerd, no nodejs_compat needed. */
export function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return bytes;
}
