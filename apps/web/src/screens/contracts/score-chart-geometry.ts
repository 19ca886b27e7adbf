export interface TrendPoint {
  month: string;
  /** centipoints, or null for a month without data */
  score: number | null;
}

export interface ChartGeometry {
  /** one polyline per run of months with data: a month without data breaks the line */
  segments: string[];
  dots: { x: number; y: number; month: string; score: number }[];
  gaps: { x: number; month: string }[];
  labels: { x: number; text: string }[];
  yTicks: { y: number; text: string }[];
}

/**
 * Where the trend's points go in a width × height box. The y axis spans from the lowest score seen (at
 * most 80) to 100 so small deductions stay visible; no-data months are marks on the axis, never a 0.
 */
export function chartGeometry(
  points: readonly TrendPoint[],
  width: number,
  height: number,
  pad = 24,
): ChartGeometry {
  const scored = points.filter((p): p is TrendPoint & { score: number } => p.score !== null);
  const low = Math.min(8_000, ...scored.map((p) => p.score));
  const bottom = Math.floor(low / 1_000) * 1_000;
  const top = Math.max(10_000, ...scored.map((p) => p.score));
  const step = points.length > 1 ? (width - 2 * pad) / (points.length - 1) : 0;
  const x = (i: number) => pad + i * step;
  const y = (score: number) => height - pad - ((score - bottom) / (top - bottom || 1)) * (height - 2 * pad);
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.score === null) {
      if (current.length > 1) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(p.score).toFixed(1)}`);
  });
  if (current.length > 1) segments.push(current.join(' '));
  return {
    segments,
    dots: points.flatMap((p, i) =>
      p.score === null ? [] : [{ x: x(i), y: y(p.score), month: p.month, score: p.score }],
    ),
    gaps: points.flatMap((p, i) => (p.score === null ? [{ x: x(i), month: p.month }] : [])),
    labels: points.map((p, i) => ({ x: x(i), text: p.month.slice(5) })),
    yTicks: [bottom, (bottom + top) / 2, top].map((v) => ({ y: y(v), text: String(Math.round(v / 100)) })),
  };
}
