import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert, FormNotice } from '../../shell/form.tsx';
import { percentTextToPpm, ppmToPercentText } from './amounts.ts';
import { LEVELS, type LevelWeights } from './contract-api.ts';
import { WeightsFields, type WeightTexts } from './weights-fields.tsx';

/** The agency's default weights of the three levels (R12), used by contracts that set none. */
export function DefaultWeightsCard(props: { weights: LevelWeights; onSaved: () => Promise<void> }) {
  const [editing, setEditing] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  const [texts, setTexts] = createSignal<WeightTexts>({
    daily: ppmToPercentText(props.weights.daily),
    monthly: ppmToPercentText(props.weights.monthly),
    semiannual: ppmToPercentText(props.weights.semiannual),
    self: ppmToPercentText(props.weights.self),
  });
  const save = createAction(async () => {
    const parsed = Object.fromEntries(LEVELS.map((l) => [l, percentTextToPpm(texts()[l] || '0') ?? -1]));
    await api.contracts.setDefaultWeights.mutate(parsed as LevelWeights);
    setEditing(false);
    setSaved(true);
    await props.onSaved();
    return true;
  });
  const summary = () =>
    LEVELS.map((l) => `${t(`weights.${l}`)} ${ppmToPercentText(props.weights[l])}%`).join(' · ');
  return (
    <section class="card" aria-labelledby="default-weights-title">
      <h2 id="default-weights-title" class="card-title">
        {t('weights.defaults_title')}
      </h2>
      <p class="hint" data-testid="default-weights">
        {summary()}
      </p>
      <FormNotice message={saved() && t('weights.saved')} />
      <Show
        when={editing()}
        fallback={
          <button type="button" class="button button-small" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </button>
        }
      >
        <form
          class="form"
          onSubmit={(e) => {
            e.preventDefault();
            void save.run();
          }}
        >
          <FormAlert message={save.message()} />
          <WeightsFields texts={texts()} onChange={setTexts} errors={save.fieldErrors} />
          <div class="form-actions">
            <button type="submit" class="button button-primary" disabled={save.pending()}>
              {t('common.save')}
            </button>
            <button type="button" class="button" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </Show>
    </section>
  );
}
