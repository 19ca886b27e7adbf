import { useSearchParams } from '@solidjs/router';
import { createEffect, For, lazy, on, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import '../rectifications/rectifications.css';
import { WarningList } from './proposal-item.tsx';

const Chart = lazy(() => import('./chart.tsx'));
const pts = (v: number | null) => (v === null ? null : v / 100);
/** The ranges a leader can look back over; six months stays the default (the last half-year at a glance). */
const RANGES = [6, 12] as const;

/** Leaders: scores and satisfaction over time, rectification closure, complaints, pending decisions, warnings. */
export default function DashboardPage() {
  const [params, setParams] = useSearchParams<{ months?: string }>();
  // In the address, so a reload or a shared link keeps the range.
  const months = () => (Number(params.months) === 12 ? 12 : 6);
  const data = createLoader(() => api.dashboard.overview.query({ months: months() }));
  // The address changes after the router's navigation settles, so fetch when the range does, not on input.
  createEffect(on(months, () => void data.reload(), { defer: true }));
  const choose = (e: { currentTarget: HTMLSelectElement }) =>
    setParams({ months: e.currentTarget.value === '12' ? '12' : undefined });
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('dash.title')}</h1>
      </header>
      <div class="field-row">
        <Field label={t('dash.range')}>
          {(ids) => (
            <select id={ids.id} name="months" onChange={choose} data-testid="dashboard-range">
              <For each={RANGES}>
                {(n) => (
                  <option value={n} selected={n === months()}>
                    {t('dash.range_months', { n })}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
      </div>
      <Loaded loader={data}>
        {(d) => {
          const card = (
            title: string,
            labels: string[],
            series: { name: string; values: (number | null)[] }[],
            bars = false,
          ) => (
            <section class="card">
              <h2>{title}</h2>
              <Show when={series.length > 0} fallback={<p class="hint">{t('dash.no_data')}</p>}>
                <Chart labels={labels} series={series} bars={bars} />
              </Show>
            </section>
          );
          const conv = (rows: { name: string; values: (number | null)[] }[]) =>
            rows.map((r) => ({ name: r.name, values: r.values.map(pts) }));
          return (
            <>
              {card(t('dash.scores_line'), d().months, conv(d().scoreByLine))}
              {card(t('dash.scores_vendor'), d().months, conv(d().scoreByVendor))}
              {card(t('dash.sat_line'), d().quarters, conv(d().satisfactionByLine))}
              {card(t('dash.sat_vendor'), d().quarters, conv(d().satisfactionByVendor))}
              {card(t('dash.closure'), d().months, [
                { name: t('dash.closure'), values: d().closure.map((c) => pts(c.rateBp)) },
              ])}
              {card(t('dash.complaints'), d().months, d().complaintsByLine, true)}
              <section class="card">
                <h2>{t('dash.pending', { n: d().pendingCount })}</h2>
                <ul>
                  <For each={d().pending}>
                    {(p) => (
                      <li>
                        <a href="/outcomes">
                          {p.contractCode} · {p.vendorName}
                        </a>{' '}
                        — {p.text}
                      </li>
                    )}
                  </For>
                </ul>
              </section>
              <section class="card">
                <h2>{t('dash.warnings', { n: d().warnings.length })}</h2>
                <WarningList warnings={d().warnings} />
              </section>
            </>
          );
        }}
      </Loaded>
    </div>
  );
}
