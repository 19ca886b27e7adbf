import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';

/** A contract's overrides of the tenant's termination and re-tender thresholds (empty = the tenant's). */
export function ContractRules() {
  const auth = useAuth();
  const contracts = createLoader(() => api.scores.overview.query({}));
  const [contractId, setContractId] = createSignal<string | null>(null);
  const current = createLoader(async () =>
    contractId() ? api.consequenceEngine.contractRules.query({ contractId: contractId()! }) : null,
  );
  const [quarters, setQuarters] = createSignal('');
  const [years, setYears] = createSignal('');
  const [retender, setRetender] = createSignal('');
  const [saved, setSaved] = createSignal(false);
  const save = createAction(async () => {
    const n = (v: string) => (v.trim() === '' ? undefined : Number(v));
    const overrides = Object.fromEntries(
      Object.entries({
        terminationQuarters: n(quarters()),
        terminationYears: n(years()),
        retenderAfterYears: n(retender()),
      }).filter(([, v]) => v !== undefined),
    );
    await api.consequenceEngine.setContractRules.mutate({ contractId: contractId()!, overrides });
    setSaved(true);
    await current.reload();
  });
  const pick = (id: string) => {
    setContractId(id || null);
    setSaved(false);
    void current.reload().then(() => {
      const o = current.data()?.overrides ?? {};
      setQuarters(o.terminationQuarters?.toString() ?? '');
      setYears(o.terminationYears?.toString() ?? '');
      setRetender(o.retenderAfterYears?.toString() ?? '');
    });
  };
  const input = (label: string, get: () => string, set: (v: string) => void, field: string) => (
    <Field label={label} errors={save.fieldErrors(`overrides.${field}`)}>
      {(ids) => (
        <input
          id={ids.id}
          type="number"
          min={1}
          placeholder={String(
            (current.data()?.effective as Record<string, unknown> | undefined)?.[field] ?? '',
          )}
          value={get()}
          onInput={(e) => set(e.currentTarget.value)}
        />
      )}
    </Field>
  );
  return (
    <section class="card">
      <h2>{t('out.rules.contract')}</h2>
      <p class="hint">{t('out.rules.contract_hint')}</p>
      <Loaded loader={contracts}>
        {(o) => (
          <select aria-label={t('out.ledger.contract')} onChange={(e) => pick(e.currentTarget.value)}>
            <option value="">—</option>
            <For each={o().contracts}>
              {(c) => <option value={c.contractId}>{`${c.code} · ${c.vendorName}`}</option>}
            </For>
          </select>
        )}
      </Loaded>
      <Show when={contractId()}>
        <form
          class="form"
          onSubmit={(e) => {
            e.preventDefault();
            void save.run();
          }}
        >
          <FormAlert message={save.message()} />
          {input(t('out.rules.termination_quarters'), quarters, setQuarters, 'terminationQuarters')}
          {input(t('out.rules.termination_years'), years, setYears, 'terminationYears')}
          {input(t('out.rules.retender_years'), retender, setRetender, 'retenderAfterYears')}
          <Show when={auth.can('consequences.rules')}>
            <div class="form-actions">
              <button type="submit" class="button button-primary" disabled={save.pending()}>
                {t('bul.save')}
              </button>
              <Show when={saved()}>
                <span class="hint" role="status">
                  {t('bul.saved')}
                </span>
              </Show>
            </div>
          </Show>
        </form>
      </Show>
    </section>
  );
}
