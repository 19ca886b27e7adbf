import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { locale, t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { formatDateTime } from '../../lib/format.ts';
import { createLoader } from '../../lib/loader.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { CopyButton } from '../../shell/copy-button.tsx';
import { FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { CalendarCoverageNotice } from '../settings/calendar-coverage-notice.tsx';
import { ClockStrip } from './clocks.tsx';
import './complaints.css';

const OPEN = ['received', 'investigating', 'correcting', 'verifying', 'confirming'];
const STATUSES = ['received', 'investigating', 'correcting', 'verifying', 'confirming', 'closed', 'rejected'];
const CHANNELS = ['web', 'hotline', 'liaison', 'joint_meeting'] as const;
type Channel = (typeof CHANNELS)[number];

/** Supervisors' complaint workbench: every complaint with its SLA clocks, filtered. */
export default function WorkbenchPage() {
  const auth = useAuth();
  const tz = useTimeZone();
  const [status, setStatus] = createSignal('open');
  const [channel, setChannel] = createSignal<Channel | ''>('');
  const [line, setLine] = createSignal('');
  const [contract, setContract] = createSignal('');
  const [overdue, setOverdue] = createSignal(false);
  const list = createLoader(() =>
    api.complaints.list.query({
      ...(status() === 'open' ? { status: OPEN } : status() ? { status: [status()] } : {}),
      ...(channel() ? { channel: channel() as Channel } : {}),
      ...(line() ? { serviceLineId: line() } : {}),
      ...(contract() ? { contractId: contract() } : {}),
      ...(overdue() ? { overdue: true } : {}),
    }),
  );
  const handler = () => auth.can('complaints.handle');
  const routing = handler() ? createLoader(() => api.complaints.routingOptions.query()) : null;
  const options = handler() ? createLoader(() => api.complaints.intakeOptions.query()) : null;
  const form = handler() ? createLoader(() => api.complaints.form.query()) : null;
  const formChange = createAction(async (change: { rotate: boolean; enabled?: boolean }) => {
    if (change.rotate && !window.confirm(t('cmp.form_rotate_confirm'))) return;
    await api.complaints.updateForm.mutate(change);
    await form?.reload();
  });
  const change =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      void list.reload();
    };
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('cmp.workbench.title')}</h1>
        <p class="lead">{t('cmp.workbench.lead')}</p>
        <div class="form-actions">
          <Show when={auth.can('complaints.record')}>
            <A class="button" href="/hotline">
              {t('cmp.hotline.title')}
            </A>
          </Show>
          <Show when={auth.can('meetings.read')}>
            <A class="button" href="/meetings">
              {t('cmp.meetings.title')}
            </A>
          </Show>
        </div>
      </header>
      <CalendarCoverageNotice />
      <Show when={form}>
        {(f) => (
          <Loaded loader={f()}>
            {(info) => (
              <section class="card">
                <h2 class="card-title">{t('cmp.form_link')}</h2>
                <p class="hint">{t('cmp.form_link_hint')}</p>
                <Show when={info().enabled} fallback={<p class="hint">{t('cmp.form_off')}</p>}>
                  <p>
                    <a href={info().path} data-testid="public-form-link">
                      {`${location.origin}${info().path}`}
                    </a>{' '}
                    <CopyButton text={`${location.origin}${info().path}`} />
                  </p>
                </Show>
                <Show when={auth.can('tenant.manage')}>
                  <FormAlert message={formChange.message()} />
                  <div class="form-actions">
                    <button
                      type="button"
                      class="button button-small"
                      onClick={() => void formChange.run({ rotate: true })}
                    >
                      {t('cmp.form_rotate')}
                    </button>
                    <button
                      type="button"
                      class="button button-small"
                      onClick={() => void formChange.run({ rotate: false, enabled: !info().enabled })}
                    >
                      {info().enabled ? t('cmp.form_disable') : t('cmp.form_enable')}
                    </button>
                  </div>
                </Show>
              </section>
            )}
          </Loaded>
        )}
      </Show>
      <section class="card">
        <div class="filters">
          <label>
            <span class="hint">{t('cmp.status')}</span>
            <select
              value={status()}
              data-testid="filter-status"
              onChange={(e) => change(setStatus)(e.currentTarget.value)}
            >
              <option value="open">{t('cmp.filter.open')}</option>
              <option value="">{t('cmp.filter.all')}</option>
              <For each={STATUSES}>
                {(s) => <option value={s}>{t(`cmp.status.${s}` as 'cmp.status.received')}</option>}
              </For>
            </select>
          </label>
          <label>
            <span class="hint">{t('cmp.channel')}</span>
            <select
              value={channel()}
              onChange={(e) => change(setChannel)(e.currentTarget.value as Channel | '')}
            >
              <option value="">{t('cmp.filter.all')}</option>
              <For each={CHANNELS}>{(c) => <option value={c}>{t(`cmp.channel.${c}`)}</option>}</For>
            </select>
          </label>
          <Show when={options?.data()}>
            {(o) => (
              <label>
                <span class="hint">{t('cmp.service_line')}</span>
                <select value={line()} onChange={(e) => change(setLine)(e.currentTarget.value)}>
                  <option value="">{t('cmp.filter.all')}</option>
                  <For each={o().categories.filter((c) => c.serviceLineId)}>
                    {(c) => <option value={c.serviceLineId!}>{locale() === 'en' ? c.en : c.zh}</option>}
                  </For>
                </select>
              </label>
            )}
          </Show>
          <Show when={routing?.data()}>
            {(r) => (
              <label>
                <span class="hint">{t('cmp.contract')}</span>
                <select value={contract()} onChange={(e) => change(setContract)(e.currentTarget.value)}>
                  <option value="">{t('cmp.filter.all')}</option>
                  <For each={r().contracts}>
                    {(c) => <option value={c.id}>{`${c.code} ${c.title}`}</option>}
                  </For>
                </select>
              </label>
            )}
          </Show>
          <label class="checkbox">
            <input
              type="checkbox"
              checked={overdue()}
              data-testid="filter-overdue"
              onChange={(e) => change(setOverdue)(e.currentTarget.checked)}
            />
            {t('cmp.filter.overdue')}
          </label>
        </div>
        <Loaded loader={list}>
          {(rows) => (
            <Show when={rows().length > 0} fallback={<p class="hint">{t('cmp.workbench.empty')}</p>}>
              <ul class="item-list" data-testid="complaint-list">
                <For each={rows()}>
                  {(c) => (
                    <li class="item" data-testid="complaint-row" data-code={c.trackingCode}>
                      <div class="item-main">
                        <A href={`/complaints/${c.id}`}>
                          <strong>{locale() === 'en' ? c.category.en : c.category.zh}</strong> · {c.summary}
                        </A>
                        <span class="hint">
                          {c.trackingCode} · {t(`cmp.channel.${c.channel as Channel}`)} · {c.site ?? '—'} ·{' '}
                          {c.contractCode ?? t('cmp.unrouted')} ·{' '}
                          {formatDateTime(c.receivedAt, locale(), tz())}
                        </span>
                        <span class="badges">
                          <span class="badge badge-info">
                            {t(`cmp.status.${c.status}` as 'cmp.status.received')}
                          </span>
                          <Show when={c.paused}>
                            <span class="badge badge-warn">{t('cmp.paused')}</span>
                          </Show>
                          <Show when={c.overdue}>
                            <span class="badge badge-danger">{t('cmp.overdue')}</span>
                          </Show>
                          <Show when={c.reopenCount > 0}>
                            <span class="badge badge-warn">{t('cmp.reopened_n', { n: c.reopenCount })}</span>
                          </Show>
                        </span>
                        <ClockStrip clocks={c.clocks} />
                      </div>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Loaded>
      </section>
    </div>
  );
}
