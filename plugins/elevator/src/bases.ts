import type { Basis, ChecklistItem, Deduction } from '@steward/plugin-sdk';

/** 特种设备安全监察条例 (State Council Decree 373). */
export const REGS = (clause: string): Basis => ({ rule: '特种设备安全监察条例', clause, kind: 'verified' });

/** TSG T5002-2017 电梯维护保养规则 — the maintainer's duties (art. 5) and Annex A. */
export const T5002 = (clause: string): Basis => ({ rule: 'TSG T5002-2017', clause, kind: 'verified' });

/** One Annex A item (traction and positive-drive lifts): table 1 half-monthly … table 4 annual. */
export const annexA = (table: 1 | 2 | 3 | 4, n: number): Basis =>
  T5002(`附件A 表A-${table} 第${n}项（A-${table}-${n}）`);

export const T7001: Basis = { rule: 'TSG T7001-2023', clause: '定期检验', kind: 'verified' };
export const T7008: Basis = { rule: 'TSG T7008-2023', clause: '自行检测', kind: 'verified' };

export const PRACTICE = (clause: string, zh: string, en: string): Basis => ({
  rule: 'practice',
  clause,
  kind: 'practice',
  note: { zh, en },
});

/** Points of the 100-point month: general problems 0.5–3, major (safety or legal red lines) 3–10. */
export const GENERAL_1: Deduction = { default: 1, min: 0.5, max: 3 };
export const GENERAL_2: Deduction = { default: 2, min: 0.5, max: 3 };
export const MAJOR_5: Deduction = { default: 5, min: 3, max: 10 };

type ItemInput = Omit<ChecklistItem, 'deduction' | 'allowNA'> & {
  readonly deduction?: Deduction;
  readonly allowNA?: boolean;
};

/** Fills the deduction from the severity unless given, and N/A off unless asked for. */
export function item(input: ItemInput): ChecklistItem {
  return {
    ...input,
    deduction: input.deduction ?? (input.severity === 'major' ? MAJOR_5 : GENERAL_2),
    allowNA: input.allowNA ?? false,
  };
}

type AnnexInput = Omit<ItemInput, 'code' | 'basis'> & { readonly basis?: Basis };

/**
 * An item of TSG T5002 Annex A, coded `ELV-A-<table>-<n>` after the Annex's own numbering so that a
 * maintainer's record and Steward's finding name the same item.
 */
export function annexItem(table: 1 | 2 | 3 | 4, n: number, input: AnnexInput): ChecklistItem {
  return item({ ...input, code: `ELV-A-${table}-${n}`, basis: input.basis ?? annexA(table, n) });
}
