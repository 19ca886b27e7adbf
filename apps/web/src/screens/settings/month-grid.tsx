import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';

type Day = Awaited<ReturnType<typeof api.settings.calendarMonth.query>>['days'][number];

/** `2027-01` ± n months. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const kindLabel = (day: Day) =>
  t(
    day.kind === 'holiday'
      ? 'settings.cal.day_holiday'
      : day.kind === 'makeup_workday'
        ? 'settings.cal.day_makeup'
        : day.kind === 'weekend'
          ? 'settings.cal.day_weekend'
          : 'settings.cal.day_workday',
  );

/** Holiday names come from the library as 'English,中文'; the tenant's own are one string. */
function dayName(day: Day): string {
  if (!day.name) return '';
  const [en, zh] = day.name.split(',');
  return zh === undefined ? day.name : locale() === 'en' ? (en ?? zh) : zh;
}

/**
 * One month of the calendar the deadlines use, Monday first: days off shaded, make-up working days and the
 * tenant's entries marked, so an admin sees the effect of what was entered. `version` reloads it.
 */
export function MonthGrid(props: { initial: string; version: number }) {
  const [month, setMonth] = createSignal(props.initial);
  const view = createLoader(() => api.settings.calendarMonth.query({ month: month() }));
  // A change of the overrides (a new `version`) shows at once in the month on screen.
  createEffect(
    on(
      () => props.version,
      () => void view.reload(),
      { defer: true },
    ),
  );
  const go = (next: string) => {
    setMonth(next);
    void view.reload();
  };
  return (
    <div class="month-view" data-testid="calendar-month">
      <div class="month-nav">
        <button type="button" class="button button-small" onClick={() => go(shiftMonth(month(), -1))}>
          {t('settings.cal.prev')}
        </button>
        <label>
          <span class="visually-hidden">{t('settings.cal.month')}</span>
          <input
            type="month"
            name="month"
            value={month()}
            onChange={(e) => e.currentTarget.value && go(e.currentTarget.value)}
          />
        </label>
        <button type="button" class="button button-small" onClick={() => go(shiftMonth(month(), 1))}>
          {t('settings.cal.next')}
        </button>
      </div>
      <Loaded loader={view}>
        {(v) => (
          <>
            <Show when={!v().covered}>
              <p class="notice notice-warn">{t('settings.cal.month_uncovered')}</p>
            </Show>
            <ol class="month-grid">
              <For each={t('settings.cal.weekdays').split(',')}>
                {(name) => (
                  <li class="month-weekday" aria-hidden="true">
                    {name}
                  </li>
                )}
              </For>
              <For each={Array.from({ length: (new Date(`${v().month}-01T00:00:00Z`).getUTCDay() + 6) % 7 })}>
                {() => <li class="month-blank" aria-hidden="true" />}
              </For>
              <For each={v().days}>
                {(day) => (
                  <li
                    class="month-day"
                    classList={{
                      'is-off': !day.working,
                      'is-makeup': day.kind === 'makeup_workday',
                      'is-tenant': day.source === 'tenant',
                    }}
                    data-date={day.date}
                    data-working={String(day.working)}
                    title={day.source === 'tenant' ? t('settings.cal.source_tenant') : undefined}
                  >
                    <span class="month-day-number">{Number(day.date.slice(8))}</span>
                    <span class="month-day-kind">{kindLabel(day)}</span>
                    <Show when={dayName(day)}>
                      <span class="month-day-name">{dayName(day)}</span>
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </>
        )}
      </Loaded>
    </div>
  );
}
