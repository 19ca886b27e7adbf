import { describe, expect, it } from 'vitest';
import { computeMonthlyAssessment } from './compute.ts';
import { explainScore } from './explain.ts';
import { formatPoints, roundDiv, toCentipoints } from './points.ts';

const assessment = computeMonthlyAssessment({
  contractId: 'c1',
  month: '2025-10',
  inspections: [
    {
      id: 'p1',
      kind: 'patrol',
      items: [
        { id: 'r1', itemId: 'clean-floor', label: '大厅地面清洁', result: 'nonconform', deduction: 250 },
      ],
    },
  ],
  failedRectifications: [{ id: 'rect-9', deduction: 300 }],
  bonuses: [{ id: 'b1', points: 100, reason: 'Praised by the bureau', approverId: 'u-leader' }],
});

describe('points', () => {
  it('formats and rounds hundredths exactly', () => {
    expect(toCentipoints(2.5)).toBe(250);
    expect(toCentipoints(0.1 + 0.2)).toBe(30);
    expect(formatPoints(9750)).toBe('97.5');
    expect(formatPoints(10_000)).toBe('100');
    expect(formatPoints(-225)).toBe('-2.25');
    expect(formatPoints(5)).toBe('0.05');
    expect(roundDiv(5, 2)).toBe(3);
    expect(roundDiv(-5, 2)).toBe(-3);
    expect(roundDiv(4, 3)).toBe(1);
  });
});

describe('R20: explainScore — lineage for the UI', () => {
  it('explains each level line by line in zh-CN, pointing to the source record', () => {
    const e = explainScore(assessment, 'zh-CN');
    expect(e.composite).toEqual({ label: '综合得分', score: '97.69', scored: true });
    // (97.5 × 0.5 + 98 × 0.3) / 0.8 = 97.6875 → 97.69
    const [daily, monthly, semiannual, self] = e.levels;
    expect(daily).toMatchObject({ label: '日常巡查（一级）', score: '97.5', scored: true });
    expect(daily!.lines).toEqual([
      {
        delta: '-2.5',
        text: '日常巡查：大厅地面清洁 不合格',
        source: {
          type: 'item_result',
          id: 'r1',
          inspectionId: 'p1',
          inspectionKind: 'patrol',
          itemId: 'clean-floor',
        },
      },
    ]);
    expect(monthly!.lines.map((l) => [l.delta, l.text])).toEqual([
      ['-3', '整改复查未通过：rect-9'],
      ['+1', '加分：Praised by the bureau'],
    ]);
    expect(semiannual).toMatchObject({ score: '无数据', scored: false, lines: [] });
    expect(self).toMatchObject({ label: '承包单位自查', scored: false });
  });

  it('speaks English too', () => {
    const e = explainScore(assessment, 'en');
    expect(e.levels[0]!.lines[0]!.text).toBe('Patrol: 大厅地面清洁 nonconforming');
    expect(e.levels[2]!.score).toBe('No data');
  });
});
