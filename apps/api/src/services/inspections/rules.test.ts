import type { SnapshotItem } from '@steward/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { contentMatchesType, evidenceKindOf } from './evidence-rules.ts';
import { certificateExpiry, certificateState, checkRecord } from './external-rules.ts';
import { checkResult, itemsOf, measurementOutOfBounds, submissionGaps } from './rules.ts';

const item = (over: Partial<SnapshotItem> = {}): SnapshotItem => ({
  code: 'x.door',
  text: { zh: '门岗', en: 'Door post' },
  category: 'c',
  severity: 'general',
  deduction: { default: 1, min: 0.5, max: 3 },
  evidence: ['photo'],
  allowNA: false,
  basis: { rule: 'practice', kind: 'practice' },
  origin: 'plugin',
  ...over,
});

describe('checking one result', () => {
  it('fills in the default deduction and keeps an adjusted one within the bounds', () => {
    expect(checkResult(item(), { itemCode: 'x.door', result: 'nonconform' })).toEqual({
      problems: [],
      deductionCenti: 100,
    });
    expect(
      checkResult(item(), { itemCode: 'x.door', result: 'nonconform', deductionCenti: 300 }).problems,
    ).toEqual([]);
    expect(
      checkResult(item(), { itemCode: 'x.door', result: 'nonconform', deductionCenti: 301 }).problems[0],
    ).toMatchObject({
      field: 'deductionCenti',
      key: 'inspection.deduction_out_of_bounds',
      params: { min: 0.5, max: 3 },
    });
    expect(
      checkResult(item(), { itemCode: 'x.door', result: 'nonconform', deductionCenti: 49 }).problems,
    ).toHaveLength(1);
    expect(
      checkResult(item(), { itemCode: 'x.door', result: 'conform', deductionCenti: 100 }).problems[0]?.key,
    ).toBe('inspection.deduction_without_finding');
  });

  it('allows N/A only where the item does, and measurements only on measured items', () => {
    expect(checkResult(item(), { itemCode: 'x.door', result: 'na' }).problems[0]?.key).toBe(
      'inspection.na_not_allowed',
    );
    expect(checkResult(item({ allowNA: true }), { itemCode: 'x.door', result: 'na' }).problems).toEqual([]);
    expect(
      checkResult(item(), { itemCode: 'x.door', result: 'conform', measurement: 3 }).problems[0]?.key,
    ).toBe('inspection.measurement_not_expected');
    expect(checkResult(undefined, { itemCode: 'nope', result: 'conform' }).problems[0]?.key).toBe(
      'inspection.item_unknown',
    );
  });

  it('flags measurements outside the acceptable range', () => {
    const measured = item({ measurement: { unit: 'mm', min: 2, max: 6 } });
    expect(measurementOutOfBounds(measured, 7)).toBe(true);
    expect(measurementOutOfBounds(measured, 1.5)).toBe(true);
    expect(measurementOutOfBounds(measured, 4)).toBe(false);
  });
});

describe('what a submission lacks', () => {
  const items = [
    item(),
    item({ code: 'y', evidence: ['measurement'], measurement: { unit: '℃' } }),
    item({ code: 'z' }),
  ];
  it('lists unanswered items, nonconformities without their photo or measurement', () => {
    const gaps = submissionGaps(
      items,
      [
        { itemCode: 'x.door', result: 'nonconform', measurement: null },
        { itemCode: 'y', result: 'nonconform', measurement: null },
        { itemCode: 'z', result: 'unanswered', measurement: null },
      ],
      new Map([['x.door', new Set(['document'])]]),
    );
    expect(gaps).toEqual({ unanswered: ['z'], missingEvidence: ['x.door'], missingMeasurement: ['y'] });
  });

  it('narrows a spot check to its sample', () => {
    expect(itemsOf({ items }, ['z', 'x.door']).map((i) => i.code)).toEqual(['x.door', 'z']);
    expect(itemsOf({ items }, null)).toHaveLength(3);
  });
});

describe('evidence files', () => {
  it('accepts only the allowed types, and only when the bytes match', () => {
    expect(evidenceKindOf('image/jpeg')).toBe('photo');
    expect(evidenceKindOf('application/pdf; charset=binary')).toBe('document');
    expect(evidenceKindOf('text/html')).toBeNull();
    expect(contentMatchesType(new Uint8Array([0xff, 0xd8, 0xff, 0xe1]), 'image/jpeg')).toBe(true);
    expect(contentMatchesType(new TextEncoder().encode('%PDF-1.7'), 'application/pdf')).toBe(true);
    expect(contentMatchesType(new TextEncoder().encode('<html>'), 'image/png')).toBe(false);
    const heic = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic')]);
    expect(contentMatchesType(heic, 'image/heic')).toBe(true);
  });
});

describe('external records and certificates (R7)', () => {
  const type = {
    code: 'e.periodic',
    name: { zh: '定期检验', en: 'Periodic' },
    authority: 'special-equipment-institute' as const,
    records: [
      { code: 'date', label: { zh: '日期', en: 'Date' }, type: 'date' as const, required: true },
      { code: 'n', label: { zh: '数', en: 'N' }, type: 'number' as const, required: false },
      { code: 'ok', label: { zh: '是否', en: 'OK' }, type: 'boolean' as const, required: true },
      { code: 'report', label: { zh: '报告', en: 'Report' }, type: 'document' as const, required: true },
    ],
    certificate: { validityMonths: 12, warningDays: 30 },
  };
  it('checks each declared field by its type', () => {
    expect(checkRecord(type, { date: '2026-02-30', n: 'x' }, new Set())).toEqual({
      'record.date': ['inspection.record_date'],
      'record.n': ['inspection.record_number'],
      'record.ok': ['inspection.record_required'],
      'record.report': ['inspection.record_document'],
    });
    expect(checkRecord(type, { date: '2026-03-02', ok: true }, new Set(['report']))).toEqual({});
  });
  it('derives the validity and warns within the window before it lapses', () => {
    expect(certificateExpiry(type, { date: '2026-03-02' }, null, '2026-03-05')).toBe('2027-03-01');
    expect(certificateExpiry(type, {}, '2026-12-31', '2026-03-05')).toBe('2026-12-31');
    expect(certificateState('2026-04-30', 30, '2026-03-30')).toBe('valid');
    expect(certificateState('2026-04-30', 30, '2026-03-31')).toBe('expiring');
    expect(certificateState('2026-04-30', 30, '2026-05-01')).toBe('expired');
  });
});
