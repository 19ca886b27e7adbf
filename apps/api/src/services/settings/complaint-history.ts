import { type ComplaintPolicy, complaintPolicyOf } from '../complaints/policy.ts';

/** The stage clocks of a complaint, the part of the complaint rules that is computed on every read. */
export const CLOCK_FIELDS = [
  'acceptWorkingDays',
  'investigateWorkingDays',
  'correctWorkingDays',
  'verifyWorkingDays',
] as const;
type ClockField = (typeof CLOCK_FIELDS)[number];
export type ClockRules = Pick<ComplaintPolicy, ClockField>;

/** One past set of clock rules: in force for complaints received before `until` (ISO instant). */
export interface ClockRulesEra {
  until: string;
  rules: ClockRules;
}

export function clockRulesOf(policy: ComplaintPolicy): ClockRules {
  return Object.fromEntries(CLOCK_FIELDS.map((f) => [f, policy[f]])) as ClockRules;
}

function erasOf(settings: unknown): ClockRulesEra[] {
  const raw = (settings as { complaintsHistory?: unknown } | null)?.complaintsHistory;
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((e): e is ClockRulesEra => typeof e?.until === 'string' && typeof e?.rules === 'object')
    .sort((a, b) => a.until.localeCompare(b.until));
}

/**
 * The complaint rules a complaint is held to: those in force when it was received. Complaint clocks are
 * not stored but computed on each read, so without this a changed rule would move the deadlines of every
 * open complaint; with it, a change applies to complaints received afterwards (`complaintsHistory` keeps
 * the earlier clock rules, written by the settings service).
 */
export function complaintPolicyAt(settings: unknown, receivedAt: Date | number): ComplaintPolicy {
  const current = complaintPolicyOf(settings);
  const at = new Date(receivedAt).toISOString();
  const era = erasOf(settings).find((e) => at < e.until);
  if (!era) return current;
  const past = Object.fromEntries(
    CLOCK_FIELDS.flatMap((f) => {
      const v = era.rules[f];
      return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? [[f, v]] : [];
    }),
  );
  return { ...current, ...past };
}

/** The history after a change of the clock rules at `now` (unchanged when the clock rules are the same). */
export function nextHistory(settings: unknown, before: ClockRules, after: ClockRules, now: Date) {
  const eras = erasOf(settings);
  if (CLOCK_FIELDS.every((f) => before[f] === after[f])) return eras;
  return [...eras, { until: now.toISOString(), rules: before }];
}
