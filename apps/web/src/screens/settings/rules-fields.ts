import type { MessageKey } from '../../i18n/messages.ts';
import type { api } from '../../lib/trpc.ts';

export type Rules = Awaited<ReturnType<typeof api.settings.rules.query>>;
type RulesInput = Parameters<typeof api.settings.updateRules.mutate>[0];

/** One input of the rules form: its path in the API's input (the server's field errors use it). */
export interface FieldSpec {
  path: string;
  label: MessageKey;
  hint?: MessageKey;
  /** stored in centipoints, shown in points */
  points?: boolean;
}

const points = (path: string, label: MessageKey): FieldSpec => ({
  path,
  label,
  hint: 'settings.rules.points_hint',
  points: true,
});

export const RULE_GROUPS: readonly { title: MessageKey; fields: FieldSpec[] }[] = [
  {
    title: 'settings.rules.complaints',
    fields: [
      { path: 'complaints.acceptWorkingDays', label: 'settings.rules.accept' },
      { path: 'complaints.investigateWorkingDays', label: 'settings.rules.investigate' },
      { path: 'complaints.correctWorkingDays', label: 'settings.rules.correct' },
      { path: 'complaints.verifyWorkingDays', label: 'settings.rules.verify' },
    ],
  },
  {
    title: 'settings.rules.complaint_deduction',
    fields: [
      points('complaints.deductionCenti.general', 'settings.rules.general'),
      points('complaints.deductionCenti.major', 'settings.rules.major'),
    ],
  },
  {
    title: 'settings.rules.rectification',
    fields: [
      { path: 'rectification.deadlineWorkingDays.general', label: 'settings.rules.general' },
      { path: 'rectification.deadlineWorkingDays.major', label: 'settings.rules.major' },
    ],
  },
  {
    title: 'settings.rules.failed_deduction',
    fields: [
      points('rectification.failedDeductionCenti.not_fixed', 'settings.rules.not_fixed'),
      points('rectification.failedDeductionCenti.partly_fixed', 'settings.rules.partly_fixed'),
    ],
  },
  {
    title: 'settings.rules.other',
    fields: [
      { path: 'appealWorkingDays', label: 'settings.rules.appeal' },
      { path: 'spotCheckSampleSize', label: 'settings.rules.sample', hint: 'settings.rules.sample_hint' },
      { path: 'expiryWarningDays', label: 'settings.rules.expiry' },
    ],
  },
];

const SPECS = RULE_GROUPS.flatMap((g) => g.fields);

function get(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
}

function set(obj: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) {
    o[k] ??= {};
    o = o[k] as Record<string, unknown>;
  }
  o[keys.at(-1)!] = value;
}

/** The form's texts: points as decimals (200 centipoints → "2"). */
export function readRules(rules: Rules): Record<string, string> {
  return Object.fromEntries(
    SPECS.map((s) => {
      const v = get(rules, s.path) as number;
      return [s.path, String(s.points ? v / 100 : v)];
    }),
  );
}

/**
 * What changed, as the API's partial input. An entry that is not a number is sent as null, so the server
 * answers with its localized message beside the field instead of the form guessing.
 */
export function changedFields(rules: Rules, values: Record<string, string>): RulesInput {
  const out: Record<string, unknown> = {};
  for (const s of SPECS) {
    const text = (values[s.path] ?? '').trim();
    const n = text === '' ? Number.NaN : Number(text);
    const value = Number.isFinite(n) ? (s.points ? Math.round(n * 100) : n) : null;
    if (value !== get(rules, s.path)) set(out, s.path, value);
  }
  return out as RulesInput;
}
