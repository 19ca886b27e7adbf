import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert, FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';

interface TierRow {
  from: string;
  name: string;
  yuan: string;
}

/** R21 tiers: bands by lower bound; administrators edit them, everyone else reads them. */
export function TiersCard(props: { editable: boolean }) {
  const tiers = createLoader(() => api.surveys.tiers.query());
  const [rows, setRows] = createSignal<TierRow[] | null>(null);
  const [saved, setSaved] = createSignal(false);
  const current = () =>
    rows() ??
    (tiers.data() ?? []).map((b) => ({
      from: String(b.from),
      name: b.name,
      yuan: String(b.amountFen / 100),
    }));
  const save = createAction(async () => {
    setSaved(false);
    await api.surveys.setTiers.mutate({
      tiers: current().map((r) => ({
        from: Number(r.from),
        name: r.name,
        amountFen: Math.round(Number(r.yuan) * 100),
      })),
    });
    setRows(null);
    await tiers.reload();
    setSaved(true);
  });
  const edit = (i: number, patch: Partial<TierRow>) =>
    setRows(current().map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <section class="card" aria-labelledby="tiers-title">
      <h2 id="tiers-title" class="card-title">
        {t('survey.tiers')}
      </h2>
      <p class="hint">{t('survey.tiers_hint')}</p>
      <Loaded loader={tiers}>
        {() => (
          <form
            class="form"
            onSubmit={(e) => {
              e.preventDefault();
              void save.run();
            }}
          >
            <FormAlert message={save.message()} />
            <FormNotice message={saved() && t('survey.tiers_saved')} />
            <table class="survey-table" data-testid="survey-tiers">
              <thead>
                <tr>
                  <th>{t('survey.tier_from')}</th>
                  <th>{t('survey.tier_name')}</th>
                  <th>{t('survey.tier_amount')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={current()}>
                  {(row, i) => (
                    <tr>
                      <td>
                        <input
                          aria-label={t('survey.tier_from')}
                          inputmode="decimal"
                          value={row.from}
                          disabled={!props.editable}
                          onChange={(e) => edit(i(), { from: e.currentTarget.value })}
                        />
                      </td>
                      <td>
                        <input
                          aria-label={t('survey.tier_name')}
                          value={row.name}
                          disabled={!props.editable}
                          onChange={(e) => edit(i(), { name: e.currentTarget.value })}
                        />
                      </td>
                      <td>
                        <input
                          aria-label={t('survey.tier_amount')}
                          inputmode="decimal"
                          value={row.yuan}
                          disabled={!props.editable}
                          onChange={(e) => edit(i(), { yuan: e.currentTarget.value })}
                        />
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <Show when={props.editable}>
              <div class="form-actions">
                <button
                  type="button"
                  class="button"
                  onClick={() => setRows([...current(), { from: '', name: '', yuan: '0' }])}
                >
                  {t('survey.tier_add')}
                </button>
                <button type="submit" class="button button-primary" disabled={save.pending()}>
                  {t('common.save')}
                </button>
              </div>
            </Show>
          </form>
        )}
      </Loaded>
    </section>
  );
}
