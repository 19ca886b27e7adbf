import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { locale, t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { formatDateTime } from '../../lib/format.ts';
import { createLoader } from '../../lib/loader.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert, FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { CalendarCoverageNotice } from '../settings/calendar-coverage-notice.tsx';
import { SeverityBadge } from './deadline-badge.tsx';
import { NoticeItem } from './notice-item.tsx';
import { PolicyCard } from './policy-card.tsx';
import './rectifications.css';

/**
 * Supervisors: findings to raise notices from and every notice with its deadline (open / overdue / all).
 * A vendor's contractor gets its inbox instead: what it still has to fix, soonest deadline first.
 */
export default function RectificationsPage() {
  const auth = useAuth();
  const inboxMode = () => auth.can('rectifications.respond') && !auth.can('rectifications.verify');
  return (
    <div class="page">
      <Show when={inboxMode()} fallback={<SupervisorView />}>
        <Inbox />
      </Show>
    </div>
  );
}

function Inbox() {
  const inbox = createLoader(() => api.rectifications.inbox.query());
  return (
    <>
      <header class="page-header">
        <h1>{t('rect.inbox_title')}</h1>
        <p class="lead">{t('rect.inbox_lead')}</p>
      </header>
      <section class="card">
        <Loaded loader={inbox}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p class="hint">{t('rect.inbox_empty')}</p>}>
              <ul class="item-list" data-testid="inbox">
                <For each={list()}>{(n) => <NoticeItem notice={n} />}</For>
              </ul>
            </Show>
          )}
        </Loaded>
      </section>
    </>
  );
}

type Filter = 'active' | 'overdue' | 'all';

function SupervisorView() {
  const auth = useAuth();
  const [filter, setFilter] = createSignal<Filter>('active');
  const notices = createLoader(() => {
    const f = filter();
    return api.rectifications.list.query(
      f === 'active' ? { status: 'active' } : f === 'overdue' ? { overdue: true } : {},
    );
  });
  const choose = (f: Filter) => {
    setFilter(f);
    void notices.reload();
  };
  return (
    <>
      <header class="page-header">
        <h1>{t('rect.title')}</h1>
        <p class="lead">{t('rect.lead')}</p>
      </header>
      <CalendarCoverageNotice />
      <Show when={auth.can('rectifications.issue')}>
        <Findings onRaised={() => notices.reload()} />
      </Show>
      <section class="card">
        <div class="segmented">
          <For each={['active', 'overdue', 'all'] as Filter[]}>
            {(f) => (
              <button
                type="button"
                class="button button-small"
                classList={{ 'button-primary': filter() === f }}
                aria-pressed={filter() === f}
                data-testid={`filter-${f}`}
                onClick={() => choose(f)}
              >
                {t(`rect.filter.${f}`)}
              </button>
            )}
          </For>
        </div>
        <Loaded loader={notices}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p class="hint">{t('rect.empty')}</p>}>
              <ul class="item-list" data-testid="notice-list">
                <For each={list()}>{(n) => <NoticeItem notice={n} />}</For>
              </ul>
            </Show>
          )}
        </Loaded>
      </section>
      <Show when={auth.can('tenant.manage')}>
        <PolicyCard />
      </Show>
    </>
  );
}

type Finding = Awaited<ReturnType<typeof api.rectifications.findings.query>>[number];

function Findings(props: { onRaised: () => Promise<void> }) {
  const findings = createLoader(() => api.rectifications.findings.query({}));
  return (
    <section class="card" aria-labelledby="findings-title">
      <h2 id="findings-title" class="card-title">
        {t('rect.findings_title')}
      </h2>
      <Loaded loader={findings}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="hint">{t('rect.findings_empty')}</p>}>
            <ul class="item-list" data-testid="finding-list">
              <For each={list()}>
                {(f) => (
                  <FindingItem
                    finding={f}
                    onRaised={async () => {
                      await findings.reload();
                      await props.onRaised();
                    }}
                  />
                )}
              </For>
            </ul>
          </Show>
        )}
      </Loaded>
    </section>
  );
}

function FindingItem(props: { finding: Finding; onRaised: () => Promise<void> }) {
  const tz = useTimeZone();
  const [instructions, setInstructions] = createSignal('');
  const [raised, setRaised] = createSignal<string | null>(null);
  const raise = createAction(async () => {
    const notice = await api.rectifications.raise.mutate({
      resultId: props.finding.resultId,
      instructions: instructions().trim(),
    });
    setRaised(formatDateTime(notice.deadlineAt, locale(), tz()));
    await props.onRaised();
  });
  const f = () => props.finding;
  return (
    <li class="item" data-testid="finding" data-item={f().itemCode}>
      <div class="item-main">
        <strong>{f().itemCode}</strong>
        <span class="hint">
          {f().contractCode} · {f().vendorName} ·{' '}
          {t(`score.kind.${f().inspectionKind}` as 'score.kind.patrol')} {f().inspectedOn}
        </span>
        <span class="badges">
          <SeverityBadge severity={f().severity} />
        </span>
        <Show when={f().note}>
          <span class="hint">{f().note}</span>
        </Show>
      </div>
      <form
        class="raise-form"
        onSubmit={(event) => {
          event.preventDefault();
          void raise.run();
        }}
      >
        <input
          aria-label={t('rect.instructions')}
          placeholder={t('rect.instructions')}
          value={instructions()}
          maxLength={2000}
          onInput={(e) => setInstructions(e.currentTarget.value)}
        />
        <button type="submit" class="button button-small button-primary" disabled={raise.pending()}>
          {t('rect.raise')}
        </button>
      </form>
      <FormAlert message={raise.message()} />
      <FormNotice message={raised() && t('rect.raised', { deadline: raised()! })} />
    </li>
  );
}
