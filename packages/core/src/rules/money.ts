/** Fen as yuan with two decimals and thousands separators: 123456 → '1,234.56'. */
export function formatFen(fen: number): string {
  if (!Number.isInteger(fen)) throw new RangeError(`Money must be integer fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}
