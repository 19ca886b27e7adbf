import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { locale, t } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { createAction } from '../../lib/action.ts';
import { formatDateTime } from '../../lib/format.ts';
import { createLoader } from '../../lib/loader.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import '../rectifications/rectifications.css';
import { yuan } from './money.ts';

/** R19: a contract's deposit ledger — immutable entries, the running balance, what each entry rests on. */
export default function LedgerPage() {
  const auth = useAuth();
  const tz = useTimeZone();
  const contracts = createLoader(() => api.scores.overview.query({}));
  const [contractId, setContractId] = createSignal<string | null>(null);
  const ledger = createLoader(async () =>
    contractId() ? api.consequenceEngine.ledger.query({ contractId: contractId()! }) : null,
  );
  const [amount, setAmount] = createSignal('');
  const [kind, setKind] = createSignal<'received' | 'refund'>('received');
  const record = createAction(async () => {
    await api.consequenceEngine.recordDeposit.mutate({
      contractId: contractId()!,
      kind: kind(),
      amountFen: Math.round(Number(amount()) * 100),
      note: '',
    });
    setAmount('');
    await ledger.reload();
  });
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('out.ledger')}</h1>
      </header>
      <section class="card">
        <Loaded loader={contracts}>
          {(o) => (
            <Field label={t('out.ledger.contract')} errors={[]}>
              {(ids) => (
                <select
                  id={ids.id}
                  onChange={(e) => {
                    setContractId(e.currentTarget.value || null);
                    void ledger.reload();
                  }}
                >
                  <option value="">—</option>
                  <For each={o().contracts}>
                    {(c) => <option value={c.contractId}>{`${c.code} · ${c.vendorName}`}</option>}
                  </For>
                </select>
              )}
            </Field>
          )}
        </Loaded>
      </section>
      <Show when={contractId()}>
        <section class="card">
          <Loaded loader={ledger}>
            {(l) => (
              <Show when={l()}>
                {(x) => (
                  <>
                    <h2 data-testid="balance">{t('out.ledger.balance', { amount: yuan(x().balanceFen) })}</h2>
                    <table class="survey-table">
                      <tbody>
                        <For each={x().entries}>
                          {(e) => (
                            <tr>
                              <td>{e.seq}</td>
                              <td>{formatDateTime(e.recordedAt, locale(), tz())}</td>
                              <td>{t(`out.ledger.kind.${e.kind}` as MessageKey)}</td>
                              <td>{yuan(e.amountFen)}</td>
                              <td>{yuan(e.balanceAfterFen)}</td>
                              <td>{e.note}</td>
                            </tr>
                          )}
                        </For>
                      </tbody>
                    </table>
                  </>
                )}
              </Show>
            )}
          </Loaded>
          <Show when={auth.can('deposits.manage')}>
            <form
              class="form"
              onSubmit={(e) => {
                e.preventDefault();
                void record.run();
              }}
            >
              <FormAlert message={record.message()} />
              <Field label={t('out.ledger.amount')} errors={record.fieldErrors('amountFen')}>
                {(ids) => (
                  <input
                    id={ids.id}
                    type="number"
                    min="0.01"
                    step="0.01"
                    required
                    value={amount()}
                    onInput={(e) => setAmount(e.currentTarget.value)}
                  />
                )}
              </Field>
              <select
                value={kind()}
                onChange={(e) => setKind(e.currentTarget.value as 'received' | 'refund')}
              >
                <option value="received">{t('out.ledger.kind.received')}</option>
                <option value="refund">{t('out.ledger.kind.refund')}</option>
              </select>
              <div class="form-actions">
                <button type="submit" class="button button-primary" disabled={record.pending()}>
                  {t('out.ledger.record')}
                </button>
              </div>
            </form>
          </Show>
        </section>
      </Show>
    </div>
  );
}
