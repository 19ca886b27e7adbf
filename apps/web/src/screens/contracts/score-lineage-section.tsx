import { createSignal, For, Show } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import { formatDateTime } from '../../lib/format.ts';
import { createLoader } from '../../lib/loader.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import { PhotoGrid } from '../rectifications/photo-grid.tsx';
import { currentMonth, points } from './score-month.ts';
import '../rectifications/rectifications.css';

type Month = Awaited<ReturnType<typeof api.scores.month.query>>;
type Entry = Month['entries'][number];
type Composite = Month['composite'];

const compositeScore = (c: Composite) => (c.status === 'scored' ? c.score : null);
const weightOf = (c: Composite, level: string) =>
  c.status === 'scored' ? ((c.weights as Record<string, number | undefined>)[level] ?? 0) : 0;
const LEVELS = ['daily', 'monthly', 'semiannual', 'self'] as const;

/**
 * Contract page section: the month's score → its levels → each deduction or bonus with the record behind it
 * (item, inspection, inspector, time) → the photos with their SHA-256. Months without activity say "no data".
 */
export function ScoreLineageSection(props: { contractId: string; month?: string }) {
  const tz = useTimeZone();
  const [month, setMonth] = createSignal(props.month ?? currentMonth(tz()));
  const data = createLoader(() => api.scores.month.query({ contractId: props.contractId, month: month() }));
  return (
    <section class="card" aria-labelledby="score-lineage-title" data-testid="score-lineage">
      <h2 id="score-lineage-title" class="card-title">
        {t('score.lineage_title', { month: month() })}
      </h2>
      <p class="hint">{t('score.lineage_lead')}</p>
      <label class="field-label">
        {t('score.month')}{' '}
        <input
          class="month-picker"
          type="month"
          value={month()}
          onChange={(e) => {
            if (!e.currentTarget.value) return;
            setMonth(e.currentTarget.value);
            void data.reload();
          }}
        />
      </label>
      <Loaded loader={data}>
        {(m) => (
          <>
            <p>
              {t('score.composite')}:{' '}
              <span class="level-score" data-testid="composite">
                {compositeScore(m().composite) === null
                  ? t('score.no_data')
                  : points(compositeScore(m().composite)!)}
              </span>
            </p>
            <div class="level-grid">
              <For each={LEVELS}>
                {(level) => {
                  const score = () => (level === 'self' ? m().self : m().levels[level]);
                  const entries = () => m().entries.filter((e) => e.level === level);
                  return (
                    <div class="card" data-testid={`level-${level}`}>
                      <strong>{t(`score.level.${level}`)}</strong>
                      <div class="level-score">
                        {score().status === 'scored'
                          ? points((score() as { score: number }).score)
                          : t('score.no_data')}
                      </div>
                      <Show when={weightOf(m().composite, level) > 0}>
                        <span class="hint">
                          {t('score.weights')} {(weightOf(m().composite, level) / 10_000).toFixed(1)}%
                        </span>
                      </Show>
                      <Show
                        when={entries().length > 0}
                        fallback={<p class="hint">{t('score.no_entries')}</p>}
                      >
                        <ul class="history">
                          <For each={entries()}>
                            {(e) => <EntryLine entry={e} when={(v) => formatDateTime(v, locale(), tz())} />}
                          </For>
                        </ul>
                      </Show>
                    </div>
                  );
                }}
              </For>
            </div>
            <p class="hint">
              {t('score.inspections_counted', { count: m().inspections.length })}
              <Show when={m().superseded.length > 0}>
                {' '}
                · {t('score.superseded', { count: m().superseded.length })}
              </Show>
            </p>
            <p class="hash" title={m().inputsHash}>
              {t('score.inputs_hash')} {m().inputsHash}
            </p>
          </>
        )}
      </Loaded>
    </section>
  );
}

type Detail = Entry['detail'];
type Of<T extends string> = Extract<Detail, { type: T }>;
const as = <T extends 'item_result' | 'rectification' | 'bonus'>(d: Detail, type: T) =>
  d.type === type ? (d as Of<T>) : undefined;

function EntryLine(props: { entry: Entry; when: (v: string | Date) => string }) {
  const e = () => props.entry;
  const item = () => as(e().detail, 'item_result');
  const rect = () => as(e().detail, 'rectification');
  const bonus = () => as(e().detail, 'bonus');
  return (
    <li data-testid="score-entry" data-source={e().source.type} data-id={e().source.id}>
      <details>
        <summary>
          <span class="entry-delta" classList={{ 'is-minus': e().sign < 0, 'is-plus': e().sign > 0 }}>
            {e().sign < 0 ? '−' : '+'}
            {points(e().points)}
          </span>{' '}
          {t(`score.entry.${e().source.type}` as 'score.entry.item_result')}{' '}
          <Show when={item()}>
            {(d) => {
              const text = d().itemText;
              return text ? (locale() === 'en' ? text.en : text.zh) : d().itemCode;
            }}
          </Show>
          <Show when={rect()}>{(d) => d().itemCode}</Show>
          <Show when={bonus()}>{(d) => d().reason}</Show>
          <Show when={e().source.type === 'complaint'}>{e().reason}</Show>
        </summary>
        <Show when={e().source.type === 'complaint'}>
          <a href={`/complaints/${e().source.id}`}>{t('score.open_complaint')}</a>
        </Show>
        <Show when={item()}>
          {(d) => (
            <>
              <p class="hint">
                {d().itemCode} · {t(`score.kind.${d().inspection.kind}` as 'score.kind.patrol')} ·{' '}
                {t('score.inspected', {
                  date: d().inspection.inspectedOn,
                  name: d().inspection.inspectorName,
                })}
                <Show when={d().inspection.submittedAt}>{(at) => <> · {props.when(at())}</>}</Show>
              </p>
              <Show when={d().note}>
                <p>{d().note}</p>
              </Show>
              <PhotoGrid photos={d().photos} route="inspection" label={d().itemCode} />
            </>
          )}
        </Show>
        <Show when={rect()}>
          {(d) => (
            <>
              <p class="hint">
                {t('score.round_failed', {
                  round: d().round,
                  status: t(`rect.status.${d().status}` as 'rect.status.open'),
                  time: d().verifiedAt ? props.when(d().verifiedAt!) : '',
                  name: d().verifiedByName,
                })}
              </p>
              <Show when={d().note}>
                <p>{d().note}</p>
              </Show>
              <a href={`/rectifications/${e().source.id}`}>{t('rect.open_detail')}</a>
            </>
          )}
        </Show>
        <Show when={bonus()}>
          {(d) => (
            <p class="hint">
              {t('score.bonus_by', { entered: d().enteredByName, approved: d().approvedByName })}
            </p>
          )}
        </Show>
      </details>
    </li>
  );
}
