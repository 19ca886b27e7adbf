import { A } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { inspectionHref, kindLabel, localized, type Plan, statusBadge, statusLabel } from './plans-api.ts';

/** One planned inspection: contract, line, site, kind, due day and status; a link to start it. */
export function PlanCard(props: { plan: Plan; link?: boolean; children?: JSX.Element }) {
  const p = () => props.plan;
  const where = () => p().siteName ?? (p().scope === 'vendor' ? p().vendorName : t('plans.site_all'));
  const body = () => (
    <>
      <strong>
        {localized(p().lineName, p().pluginId)} · {kindLabel(p().kind)}
      </strong>
      <span class="hint">
        {p().contractCode} {p().contractTitle}
      </span>
      <span class="hint">
        {where()}
        <Show when={p().scope === 'vendor'}> · {t('plans.scope.vendor')}</Show>
        <Show when={p().cadenceName}> · {localized(p().cadenceName, '')}</Show>
      </span>
      <span class="badges">
        <span class={statusBadge(p().liveStatus)} data-testid="plan-status">
          {statusLabel(p().liveStatus)}
        </span>
        <span class="badge badge-muted">
          {p().periodStart === p().dueOn
            ? t('plans.due', { date: p().dueOn })
            : t('plans.window', { from: p().periodStart, to: p().dueOn })}
        </span>
        <Show
          when={p().assigneeName}
          fallback={<span class="badge badge-muted">{t('plans.unassigned')}</span>}
        >
          {(name) => <span class="badge badge-info">{t('plans.assignee', { name: name() })}</span>}
        </Show>
      </span>
      <Show when={p().kind === 'spot' && p().sampledItemCodes}>
        {(items) => <span class="hint">{t('plans.spot_hint', { count: items().length })}</span>}
      </Show>
    </>
  );
  const open = () => props.link !== false && (p().status === 'planned' || p().status === 'missed');
  return (
    <li
      class="item plan-card"
      data-testid="plan-card"
      data-plan-id={p().id}
      data-status={p().liveStatus}
      data-kind={p().kind}
    >
      <Show when={open()} fallback={<div class="item-main">{body()}</div>}>
        <A
          class="plan-card-link"
          href={inspectionHref(p())}
          aria-label={`${t('plans.start')}: ${localized(p().lineName, p().pluginId)} ${kindLabel(p().kind)} ${where()}`}
        >
          {body()}
        </A>
      </Show>
      {props.children}
    </li>
  );
}
