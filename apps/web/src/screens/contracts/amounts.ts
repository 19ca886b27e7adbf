/**
 * Decimal text ↔ integer units without floating point: yuan with 2 decimals ↔ fen, percent with 2
 * decimals ↔ basis points, percent with 4 decimals ↔ parts per million. Thousands separators are allowed.
 */
export function parseScaled(text: string, decimals: number): number | null {
  const cleaned = text
    .trim()
    .replace(/[,，\s]/g, '')
    .replace(/^[¥￥]/, '');
  const match = new RegExp(`^(\\d+)(?:\\.(\\d{0,${decimals}}))?$`).exec(cleaned);
  if (!match) return null;
  const whole = match[1]!;
  const fraction = (match[2] ?? '').padEnd(decimals, '0');
  const value = Number(whole + fraction);
  return Number.isSafeInteger(value) ? value : null;
}

/** 12345 with 2 decimals → "123.45"; trailing zeros of the fraction kept when `fixed`. */
export function formatScaled(value: number, decimals: number, fixed = false): string {
  const negative = value < 0;
  const digits = String(Math.abs(value)).padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  let fraction = digits.slice(digits.length - decimals);
  if (!fixed) fraction = fraction.replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

export const fenToYuanText = (fen: number) => formatScaled(fen, 2, true);
export const yuanTextToFen = (text: string) => parseScaled(text, 2);
export const bpToPercentText = (bp: number) => formatScaled(bp, 2);
export const percentTextToBp = (text: string) => parseScaled(text, 2);
export const ppmToPercentText = (ppm: number) => formatScaled(ppm, 4);
export const percentTextToPpm = (text: string) => parseScaled(text, 4);

/** ¥1,234,567.89 for people (grouping by locale, never through a float). */
export function formatFen(fen: number, locale: string): string {
  const yuan = Math.trunc(fen / 100);
  const cents = String(Math.abs(fen % 100)).padStart(2, '0');
  return `¥${new Intl.NumberFormat(locale).format(yuan)}.${cents}`;
}
