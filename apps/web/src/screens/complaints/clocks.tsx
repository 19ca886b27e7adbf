import { For, Show } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import { formatDateTime } from '../../lib/format.ts';

export interface Clock {
  stage: 'acceptance' | 'investigation' | 'correction' | 'verification';
  state: 'pending' | 'running' | 'paused' | 'overdue' | 'met' | 'breached' | 'not_applicable';
  deadline: number | null;
  completedAt: number | null;
  remainingMs: number;
  overdueMs: number;
}

const HOUR = 3_600_000;

/** Working time as "1 天 3 小时" / "45 分钟": a working day counts as its hours, shown in hours past 8. */
export function workingSpan(ms: number): string {
  const hours = Math.floor(ms / HOUR);
  const minutes = Math.floor((ms % HOUR) / 60_000);
  return hours > 0 ? t('cmp.span_hm', { hours, minutes }) : t('cmp.span_m', { minutes });
}

const badgeClass: Record<Clock['state'], string> = {
  pending: 'badge badge-muted',
  running: 'badge badge-info',
  paused: 'badge badge-warn',
  overdue: 'badge badge-danger',
  met: 'badge badge-ok',
  breached: 'badge badge-danger',
  not_applicable: 'badge badge-muted',
};

function ClockBadge(props: { clock: Clock }) {
  const c = () => props.clock;
  const text = () => {
    if (c().state === 'running') return t('cmp.clock.remaining', { time: workingSpan(c().remainingMs) });
    if (c().state === 'overdue') return t('cmp.clock.overdue', { time: workingSpan(c().overdueMs) });
    return t(`cmp.clock.${c().state}` as 'cmp.clock.met');
  };
  return (
    <span class={badgeClass[c().state]} data-state={c().state}>
      {text()}
    </span>
  );
}

/** Every deadline of a complaint, not only the next: each stage with its deadline and state. */
export function ClockList(props: { clocks: readonly Clock[]; timeZone: string }) {
  return (
    <ul class="clock-list" data-testid="clocks">
      <For each={props.clocks}>
        {(c) => (
          <li class="clock" data-stage={c.stage}>
            <strong>{t(`cmp.stage.${c.stage}` as 'cmp.stage.acceptance')}</strong>
            <span class="clock-compact">
              <ClockBadge clock={c} />
              <Show when={c.deadline}>
                {(d) => (
                  <span class="hint-inline">
                    {t('cmp.deadline_at', { at: formatDateTime(d(), locale(), props.timeZone) })}
                  </span>
                )}
              </Show>
            </span>
          </li>
        )}
      </For>
    </ul>
  );
}

/** One line for lists: each stage's state, compact. */
export function ClockStrip(props: { clocks: readonly Clock[] }) {
  return (
    <span class="clock-compact">
      <For each={props.clocks.filter((c) => c.state !== 'not_applicable' && c.state !== 'pending')}>
        {(c) => (
          <span>
            <span class="hint-inline">{t(`cmp.stage.${c.stage}` as 'cmp.stage.acceptance')}</span>{' '}
            <ClockBadge clock={c} />
          </span>
        )}
      </For>
    </span>
  );
}
