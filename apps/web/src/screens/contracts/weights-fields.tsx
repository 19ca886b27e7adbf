import { For } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { Field } from '../../shell/form.tsx';
import { percentTextToPpm } from './amounts.ts';
import { LEVELS } from './contract-api.ts';

export type WeightTexts = Record<(typeof LEVELS)[number], string>;

/** The sum of the typed percentages in parts per million, or null while one is not a number. */
export function weightsSum(texts: WeightTexts): number | null {
  let sum = 0;
  for (const level of LEVELS) {
    const v = percentTextToPpm(texts[level] || '0');
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

/** Four percentage inputs (daily, monthly, semi-annual, self-inspection) with the running total. */
export function WeightsFields(props: {
  texts: WeightTexts;
  onChange: (next: WeightTexts) => void;
  errors: (field: string) => string[];
}) {
  const sum = () => weightsSum(props.texts);
  return (
    <fieldset class="field" data-testid="weights-fields">
      <legend class="field-label">{t('weights.title')}</legend>
      <div class="field-row">
        <For each={LEVELS}>
          {(level) => (
            <Field label={t(`weights.${level}`)} errors={props.errors(`weights.${level}`)}>
              {(ids) => (
                <input
                  id={ids.id}
                  name={`weight-${level}`}
                  inputmode="decimal"
                  value={props.texts[level]}
                  onInput={(e) => props.onChange({ ...props.texts, [level]: e.currentTarget.value })}
                />
              )}
            </Field>
          )}
        </For>
      </div>
      <p class="hint" classList={{ 'field-errors': sum() !== 1_000_000 }} data-testid="weights-sum">
        {sum() === null
          ? t('weights.sum_invalid')
          : t('weights.sum', { percent: (sum()! / 10_000).toString() })}
      </p>
      <ul class="field-errors">
        <For each={props.errors('weights')}>{(m) => <li>{m}</li>}</For>
      </ul>
    </fieldset>
  );
}
