import { describe, expect, it } from 'vitest';
import { chartGeometry } from './score-chart-geometry.ts';

describe('score trend chart', () => {
  it('R20: breaks the line at a month without data instead of drawing 0 or 100', () => {
    const g = chartGeometry(
      [
        { month: '2026-01', score: 9_500 },
        { month: '2026-02', score: 9_800 },
        { month: '2026-03', score: null },
        { month: '2026-04', score: 9_000 },
        { month: '2026-05', score: 9_200 },
      ],
      400,
      200,
    );
    expect(g.segments).toHaveLength(2);
    expect(g.dots.map((d) => d.month)).toEqual(['2026-01', '2026-02', '2026-04', '2026-05']);
    expect(g.gaps.map((d) => d.month)).toEqual(['2026-03']);
    // Higher scores sit higher (smaller y).
    expect(g.dots[1]!.y).toBeLessThan(g.dots[0]!.y);
  });
  it('draws nothing but gap marks when no month has data', () => {
    const g = chartGeometry([{ month: '2026-01', score: null }], 400, 200);
    expect(g.segments).toEqual([]);
    expect(g.dots).toEqual([]);
    expect(g.gaps).toHaveLength(1);
  });
});
