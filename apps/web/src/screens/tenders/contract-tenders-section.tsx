import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import type { ContractSectionProps } from '../contracts/contract-sections.ts';
import type { TendersView } from './tender-api.ts';
import { TenderItem } from './tender-item.tsx';

/** A re-tender flag no live tender answers yet: opening from it ties the tender to the flag. */
const pendingFlag = (v: TendersView) =>
  v.flags.find((f) => !v.tenders.some((t) => t.status !== 'cancelled' && t.dueOn === f.period)) ?? null;

/**
 * Contract page section (R22): the contract's re-tender date and flags, its re-tenders with bidders and
 * award; a supervisor opens one, records the bidders and the award. An award to another vendor puts the
 * incumbent's exit proposal on the outcomes board for two leaders to decide.
 */
export default function ContractTendersSection(props: ContractSectionProps) {
  const auth = useAuth();
  const view = createLoader(() => api.tenders.forContract.query({ contractId: props.contract.id }));
  const [openedOn, setOpenedOn] = createSignal('');
  const [closesOn, setClosesOn] = createSignal('');
  const [notes, setNotes] = createSignal('');
  const open = createAction(async (flagId: string | null) => {
    await api.tenders.open.mutate({
      contractId: props.contract.id,
      ...(flagId ? { flagConsequenceId: flagId } : {}),
      ...(openedOn() ? { openedOn: openedOn() } : {}),
      ...(closesOn() ? { closesOn: closesOn() } : {}),
      notes: notes().trim(),
    });
    setNotes('');
    await view.reload();
  });
  const vendors = () => (props.options?.vendors ?? []).filter((v) => v.status === 'active');
  const canManage = () => auth.can('tenders.manage');
  return (
    <section id="tenders" class="card" aria-labelledby="tenders-title" data-testid="tenders">
      <h2 id="tenders-title" class="card-title">
        {t('tender.title')}
      </h2>
      <p class="hint">{t('tender.lead')}</p>
      <Loaded loader={view}>
        {(v) => (
          <>
            <p data-testid="tender-next">
              {v().nextDueOn ? t('tender.next_due', { date: v().nextDueOn! }) : t('tender.no_next')}
            </p>
            <For each={v().flags}>
              {(f) => <span class="badge badge-warn">{t('tender.flagged', { date: f.period ?? '' })}</span>}
            </For>
            <Show when={v().tenders.length > 0} fallback={<p class="hint">{t('tender.empty')}</p>}>
              <ul class="item-list">
                <For each={v().tenders}>
                  {(tender) => (
                    <TenderItem
                      tender={tender}
                      vendors={vendors()}
                      canManage={canManage()}
                      onChanged={async () => {
                        await view.reload();
                      }}
                    />
                  )}
                </For>
              </ul>
            </Show>
            <Show
              when={
                canManage() &&
                props.contract.status === 'active' &&
                v().nextDueOn !== null &&
                !v().tenders.some((x) => x.status === 'open')
              }
            >
              <form
                class="form"
                data-testid="tender-open-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  void open.run(pendingFlag(v())?.id ?? null);
                }}
              >
                <FormAlert message={open.message()} />
                <div class="field-row">
                  <Field label={t('tender.opened_on')} errors={open.fieldErrors('openedOn')}>
                    {(ids) => (
                      <input
                        id={ids.id}
                        name="openedOn"
                        type="date"
                        aria-describedby={ids.describedBy}
                        value={openedOn()}
                        onInput={(e) => setOpenedOn(e.currentTarget.value)}
                      />
                    )}
                  </Field>
                  <Field label={t('tender.closes_on')} errors={open.fieldErrors('closesOn')}>
                    {(ids) => (
                      <input
                        id={ids.id}
                        name="closesOn"
                        type="date"
                        aria-describedby={ids.describedBy}
                        value={closesOn()}
                        onInput={(e) => setClosesOn(e.currentTarget.value)}
                      />
                    )}
                  </Field>
                </div>
                <Field label={t('tender.notes')} errors={open.fieldErrors('notes')}>
                  {(ids) => (
                    <textarea
                      id={ids.id}
                      rows={2}
                      maxLength={2000}
                      aria-describedby={ids.describedBy}
                      value={notes()}
                      onInput={(e) => setNotes(e.currentTarget.value)}
                    />
                  )}
                </Field>
                <div class="form-actions">
                  <button type="submit" class="button button-primary" disabled={open.pending()}>
                    {t('tender.open')}
                  </button>
                </div>
              </form>
            </Show>
          </>
        )}
      </Loaded>
    </section>
  );
}
