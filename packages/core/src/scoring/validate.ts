import { ValidationError } from '../errors.ts';
import type { MonthlyAssessmentInput } from './types.ts';

function checkPoints(value: number, field: string, errors: Record<string, string[]>): void {
  if (!Number.isInteger(value) || value < 0) errors[field] = ['validation.non_negative_integer'];
}

/** Points are integer centipoints; bonuses need a reason and an approver (R20). */
export function validateAssessmentInput(input: MonthlyAssessmentInput): void {
  const errors: Record<string, string[]> = {};
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(input.month)) errors.month = ['validation.month'];
  input.inspections.forEach((inspection, i) => {
    inspection.items.forEach((item, j) => {
      if (item.deduction !== undefined)
        checkPoints(item.deduction, `inspections.${i}.items.${j}.deduction`, errors);
    });
  });
  for (const [name, list] of [
    ['failedRectifications', input.failedRectifications],
    ['complaints', input.complaints],
  ] as const) {
    (list ?? []).forEach((d, i) => {
      checkPoints(d.deduction, `${name}.${i}.deduction`, errors);
    });
  }
  (input.bonuses ?? []).forEach((b, i) => {
    checkPoints(b.points, `bonuses.${i}.points`, errors);
    if (!b.reason.trim()) errors[`bonuses.${i}.reason`] = ['validation.required'];
    if (!b.approverId.trim()) errors[`bonuses.${i}.approverId`] = ['validation.required'];
  });
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}
