import { For, lazy, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import '../rectifications/rectifications.css';
import { WarningList } from './proposal-item.tsx';

const Chart = lazy(() => import('./chart.tsx'));
const pts = (v: number | null) => (v === null ? null : v / 100);

/** Leaders: scores and satisfaction over time, rectification closure, complaints, pending decisions, warnings. */
export default function DashboardPage() {
  const data = createLoader(() => api.dashboard.overview.query({ months: 6 }));
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('dash.title')}</h1>
      </header>
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
