import { A } from '@solidjs/router';
import { t } from '../../i18n/locale.ts';
import type { api } from '../../lib/trpc.ts';
import { DeadlineBadge, SeverityBadge, StatusBadge } from './deadline-badge.tsx';

export type NoticeRow = Awaited<ReturnType<typeof api.rectifications.list.query>>[number];

/** One notice in a list: the item, the contract, its round, status and deadline with the countdown. */
export function NoticeItem(props: { notice: NoticeRow }) {
  const n = () => props.notice;
  return (
    <li class="item" data-testid="notice" data-id={n().id} data-status={n().status}>
      <div class="item-main">
        <strong>
          {n().itemCode} <span class="hint-inline">{t('rect.round', { round: n().round })}</span>
        </strong>
        <span class="hint">
          {n().contractCode} · {n().contractTitle} · {n().vendorName}
        </span>
        <span class="badges">
          <StatusBadge status={n().status} />
          <SeverityBadge severity={n().severity} />
        </span>
        <DeadlineBadge deadlineAt={n().deadlineAt} status={n().status} answeredLate={n().answeredLate} />
      </div>
      <div class="item-actions">
        <A class="button button-small" href={`/rectifications/${n().id}`}>
          {t('rect.open_detail')}
        </A>
      </div>
    </li>
  );
}
