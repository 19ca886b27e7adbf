import { createSignal, onCleanup, Show } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { countdown } from './countdown.ts';

const [now, setNow] = createSignal(Date.now());
let timer: ReturnType<typeof setInterval> | undefined;
let users = 0;

/** The deadline in the tenant's time and a live countdown while the notice waits for its answer. */
export function DeadlineBadge(props: { deadlineAt: string | Date; status: string; answeredLate?: boolean }) {
  const tz = useTimeZone();
  if (users++ === 0) timer = setInterval(() => setNow(Date.now()), 30_000);
  onCleanup(() => {
    if (--users === 0 && timer) clearInterval(timer);
  });
  const left = () => countdown(props.deadlineAt, now());
  const span = () => {
    const c = left();
    return c.days > 0
      ? t('rect.days_hours', { days: c.days, hours: c.hours })
      : t('rect.hours_minutes', { hours: c.hours, minutes: c.minutes });
  };
  return (
    <span class="deadline" data-testid="deadline">
      <span class="hint-inline">
        {t('rect.deadline')} {formatDateTime(props.deadlineAt, locale(), tz())}
      </span>{' '}
      <Show when={props.status === 'open'}>
        <span
          class="badge"
          classList={{ 'badge-danger': left().overdue, 'badge-warn': !left().overdue }}
          data-testid={left().overdue ? 'overdue' : 'countdown'}
        >
          {left().overdue ? t('rect.overdue_by', { time: span() }) : t('rect.remaining', { time: span() })}
        </span>
      </Show>
      <Show when={props.answeredLate}>
        <span class="badge badge-warn">{t('rect.answered_late')}</span>
      </Show>
    </span>
  );
}

const statusClass: Record<string, string> = {
  open: 'badge-warn',
  answered: 'badge-info',
  fixed: 'badge-ok',
  partly_fixed: 'badge-warn',
  not_fixed: 'badge-danger',
};

export function StatusBadge(props: { status: string }) {
  return (
    <span class={`badge ${statusClass[props.status] ?? 'badge-muted'}`} data-testid="status">
      {t(`rect.status.${props.status}` as 'rect.status.open')}
    </span>
  );
}

export function SeverityBadge(props: { severity: string }) {
  return (
    <span
      class="badge"
      classList={{ 'badge-danger': props.severity === 'major', 'badge-muted': props.severity !== 'major' }}
    >
      {t(props.severity === 'major' ? 'rect.severity.major' : 'rect.severity.general')}
    </span>
  );
}
