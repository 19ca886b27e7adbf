import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { createAction } from '../../lib/action.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { points, yuan } from '../outcomes/money.ts';
import { AwardForm } from './award-form.tsx';
import { BidForm } from './bid-form.tsx';
import type { Tender, VendorOption } from './tender-api.ts';

const k = (key: string) => key as MessageKey;

/** One re-tender: its bidders, and while open the forms to record bids, the award or a cancellation. */
export function TenderItem(props: {
  tender: Tender;
  vendors: VendorOption[];
  canManage: boolean;
  onChanged: () => Promise<void>;
}) {
  const tender = () => props.tender;
  const [reason, setReason] = createSignal('');
  const cancel = createAction(async () => {
    await api.tenders.cancel.mutate({ tenderId: tender().id, reason: reason().trim() });
    await props.onChanged();
  });
  const isOpen = () => tender().status === 'open';
  return (
    <li class="item" data-testid="tender" data-status={tender().status}>
      <div class="item-main">
        <strong>
          {tender().title}{' '}
          <span class={isOpen() ? 'badge badge-warn' : 'badge'}>
            {t(k(`tender.status.${tender().status}`))}
          </span>
        </strong>
        <Show when={tender().dueOn}>
          {(d) => <span class="hint">{t('tender.due_on', { date: d() })}</span>}
        </Show>
        <span class="hint">
          {t('tender.opened_on')}: {tender().openedOn}
          <Show when={tender().closesOn}>
            {' '}
            · {t('tender.closes_on')}: {tender().closesOn}
          </Show>
        </span>
        <Show when={tender().notes}>
          <span>{tender().notes}</span>
        </Show>
        <span class="hint">{t('tender.bidders')}:</span>
        <Show when={tender().bids.length > 0} fallback={<span class="hint">{t('tender.no_bidders')}</span>}>
          <ul data-testid="bidders">
            <For each={tender().bids}>
              {(b) => (
                <li>
                  {b.vendorName}
                  <Show when={b.vendorId === tender().incumbentVendorId}> ({t('tender.incumbent')})</Show>
                  <Show when={b.priceFen !== null}> · ¥{yuan(b.priceFen)}</Show>
                  <Show when={b.scoreCentipoints !== null}> · {points(b.scoreCentipoints)}</Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={tender().status === 'awarded'}>
          <span data-testid="tender-award">
            {t('tender.awarded', {
              winner: tender().winnerName ?? '',
              reference: tender().awardReference ?? '',
              date: tender().awardedOn ?? '',
            })}
          </span>
          <span class="hint">
            {tender().incumbentWon ? t('tender.incumbent_won') : t('tender.incumbent_lost')}
          </span>
        </Show>
        <Show when={tender().exit}>
          {(exit) => (
            <span data-testid="tender-exit" data-status={exit().status}>
              {t('tender.exit_status', { status: t(k(`out.status.${exit().status}`)) })} ·{' '}
              <A href={`/outcomes?contract=${tender().contractId}`}>{t('tender.exit_open')}</A>
            </span>
          )}
        </Show>
        <Show when={tender().status === 'cancelled'}>
          <span class="hint">{t('tender.cancelled', { reason: tender().cancelReason ?? '' })}</span>
        </Show>
      </div>
      <Show when={props.canManage && isOpen()}>
        <div class="stack">
          <BidForm tenderId={tender().id} vendors={props.vendors} onChanged={props.onChanged} />
          <Show when={tender().bids.length > 0}>
            <AwardForm tender={tender()} onChanged={props.onChanged} />
          </Show>
          <form
            class="form"
            onSubmit={(e) => {
              e.preventDefault();
              void cancel.run();
            }}
          >
            <FormAlert message={cancel.message()} />
            <Field label={t('tender.cancel_reason')} errors={cancel.fieldErrors('reason')}>
              {(ids) => (
                <input
                  id={ids.id}
                  maxLength={500}
                  aria-describedby={ids.describedBy}
                  value={reason()}
                  onInput={(e) => setReason(e.currentTarget.value)}
                />
              )}
            </Field>
            <div class="form-actions">
              <button type="submit" class="button" disabled={cancel.pending() || !reason().trim()}>
                {t('tender.cancel')}
              </button>
            </div>
          </form>
        </div>
      </Show>
    </li>
  );
}
