/** Pure edits of an overlay's operation list: the editor's changes in, the operations to save out. */

export type Op = { op: string; [key: string]: unknown };

export interface ItemEdit {
  enabled?: boolean;
  deduction?: number;
}

export interface CadenceEdit {
  every?: { unit: 'day' | 'week' | 'month' | 'year'; count: number };
  warningDays?: number;
}

export interface Defaults {
  /** the plugin's default deduction by item code */
  deduction: ReadonlyMap<string, number>;
  cadence: ReadonlyMap<string, { every: { unit: string; count: number }; warningDays: number }>;
}

const about = (op: Op, code: string, kinds: readonly string[]) =>
  kinds.includes(op.op) && (op.item === code || op.cadence === code);

/**
 * Replaces what the editor changed and keeps everything else in order (including operations that cannot
 * apply to the pinned version: they are the tenant's, and are shown as problems rather than dropped).
 */
export function applyEdits(
  ops: readonly Op[],
  items: ReadonlyMap<string, ItemEdit>,
  cadences: ReadonlyMap<string, CadenceEdit>,
  added: readonly Op[],
  defaults: Defaults,
): Op[] {
  let out = [...ops];
  for (const [code, edit] of items) {
    if (edit.enabled !== undefined) {
      out = out.filter((o) => !about(o, code, ['disable-item', 'enable-item']));
      if (!edit.enabled) out.push({ op: 'disable-item', item: code });
    }
    if (edit.deduction !== undefined) {
      out = out.filter((o) => !about(o, code, ['set-deduction']));
      if (edit.deduction !== defaults.deduction.get(code))
        out.push({ op: 'set-deduction', item: code, deduction: edit.deduction });
    }
  }
  for (const [code, edit] of cadences) {
    out = out.filter((o) => !about(o, code, ['set-cadence']));
    const base = defaults.cadence.get(code);
    const every = edit.every ?? base?.every;
    const warningDays = edit.warningDays ?? base?.warningDays;
    const changedEvery =
      base && every && (every.unit !== base.every.unit || every.count !== base.every.count);
    const changedWarning = base && warningDays !== base.warningDays;
    if (changedEvery || changedWarning)
      out.push({
        op: 'set-cadence',
        cadence: code,
        ...(changedEvery ? { every } : {}),
        ...(changedWarning ? { warningDays } : {}),
      });
  }
  return [...out, ...added];
}
