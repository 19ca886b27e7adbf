import { locale, t } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { api } from '../../lib/trpc.ts';

export type Plan = Awaited<ReturnType<typeof api.plans.today.query>>['plans'][number];
export type LiveStatus = Plan['liveStatus'];

export const KINDS = ['patrol', 'joint', 'leadership', 'spot', 'self', 'external'] as const;
export const STATUSES = ['planned', 'done', 'missed', 'cancelled'] as const;

export function localized(text: { zh: string; en: string } | null | undefined, fallback: string): string {
  if (!text) return fallback;
  return locale() === 'en' ? text.en : text.zh;
}

export function kindLabel(kind: string): string {
  return (KINDS as readonly string[]).includes(kind) ? t(`plans.kind.${kind}` as MessageKey) : kind;
}

export function statusLabel(status: string): string {
  return t(`plans.status.${status}` as MessageKey);
}

export function statusBadge(status: LiveStatus): string {
  if (status === 'overdue' || status === 'missed') return 'badge badge-danger';
  if (status === 'due_soon') return 'badge badge-warn';
  if (status === 'done') return 'badge badge-ok';
  if (status === 'cancelled' || status === 'upcoming') return 'badge badge-muted';
  return 'badge badge-info';
}

/** The inspection form (built by the inspections feature) opens from a plan with its id. */
export function inspectionHref(plan: Pick<Plan, 'id'>): string {
  return `/inspections/new?plan=${encodeURIComponent(plan.id)}`;
}

/** Due today, the rest of the open window, and what is overdue (the most recent first). */
export function groupForToday(plans: readonly Plan[], today: string) {
  const overdue = plans
    .filter((p) => p.liveStatus === 'overdue' || p.liveStatus === 'missed')
    .sort((a, b) => b.dueOn.localeCompare(a.dueOn));
  const rest = plans.filter((p) => !overdue.includes(p));
  return {
    overdue,
    dueToday: rest.filter((p) => p.dueOn === today),
    open: rest.filter((p) => p.dueOn !== today),
  };
}
