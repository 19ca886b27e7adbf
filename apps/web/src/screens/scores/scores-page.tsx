import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import { currentMonth, points } from '../contracts/score-month.ts';
import '../rectifications/rectifications.css';

/** Every contract's month at a glance (R20): composite and levels, "no data" where nothing happened. */
export default function ScoresPage() {
  const tz = useTimeZone();
  const [month, setMonth] = createSignal(currentMonth(tz()));
  const overview = createLoader(() => api.scores.overview.query({ month: month() }));
  const cell = (v: number | null) => (v === null ? t('score.no_data') : points(v));
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('score.title')}</h1>
        <p class="lead">{t('score.lead')}</p>
      </header>
      <section class="card">
        <label class="field-label">
          {t('score.month')}{' '}
          <input
            class="month-picker"
            type="month"
            value={month()}
            onChange={(e) => {
              if (!e.currentTarget.value) return;
              setMonth(e.currentTarget.value);
              void overview.reload();
            }}
          />
        </label>
        <Loaded loader={overview}>
          {(o) => (
            <ul class="item-list" data-testid="score-overview">
              <For each={o().contracts}>
                {(c) => (
                  <li class="item" data-testid="score-row" data-contract={c.code}>
                    <div class="item-main">
                      <strong>
                        {c.code} · {c.title}
                      </strong>
                      <span class="hint">{c.vendorName}</span>
                      <span>
                        {t('score.composite')}:{' '}
                        <strong>
                          {c.composite.status === 'scored' ? points(c.composite.score) : t('score.no_data')}
                        </strong>
                      </span>
                      <span class="hint">
                        {t('score.level.daily')} {cell(c.levels.daily)} · {t('score.level.monthly')}{' '}
                        {cell(c.levels.monthly)} · {t('score.level.semiannual')} {cell(c.levels.semiannual)}
                        <Show when={c.self !== null}>
                          {' '}
                          · {t('score.level.self')} {cell(c.self)}
                        </Show>
                      </span>
                    </div>
                    <div class="item-actions">
                      <A class="button button-small" href={`/scores/${c.contractId}?month=${o().month}`}>
                        {t('score.open_contract')}
                      </A>
                    </div>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Loaded>
      </section>
    </div>
  );
}
