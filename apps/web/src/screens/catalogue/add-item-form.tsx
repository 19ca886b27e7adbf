import { createSignal, For } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { Field } from '../../shell/form.tsx';
import { loc, type StandardsView } from './catalogue-api.ts';
import type { Op } from './overlay-ops.ts';

/** The agency's own checklist item (code prefixed x-): becomes an add-item operation on save. */
export function AddItemForm(props: {
  templates: StandardsView['templates'];
  categories: StandardsView['categories'];
  onAdd: (op: Op) => void;
}) {
  const [template, setTemplate] = createSignal(props.templates[0]?.code ?? '');
  const [category, setCategory] = createSignal(props.categories[0]?.code ?? '');
  const [code, setCode] = createSignal('');
  const [zh, setZh] = createSignal('');
  const [en, setEn] = createSignal('');
  const [severity, setSeverity] = createSignal<'general' | 'major'>('general');
  const [points, setPoints] = createSignal(1);
  const [max, setMax] = createSignal(2);
  const ready = () => code().trim() !== '' && zh().trim() !== '' && en().trim() !== '';
  const add = (e: Event) => {
    e.preventDefault();
    const raw = code().trim().replace(/^x-/, '');
    props.onAdd({
      op: 'add-item',
      template: template(),
      item: {
        code: `x-${raw}`,
        text: { zh: zh().trim(), en: en().trim() },
        category: category(),
        severity: severity(),
        deduction: { default: points(), min: 0, max: Math.max(points(), max()) },
        evidence: ['photo'],
        allowNA: true,
        basis: { rule: 'practice', kind: 'practice' },
      },
    });
    setCode('');
    setZh('');
    setEn('');
  };
  return (
    <section class="card" aria-labelledby="add-item-title">
      <h2 id="add-item-title" class="card-title">
        {t('overlay.add_title')}
      </h2>
      <form class="form" data-testid="add-item" onSubmit={add}>
        <Field label={t('overlay.add_template')}>
          {(ids) => (
            <select id={ids.id} value={template()} onChange={(e) => setTemplate(e.currentTarget.value)}>
              <For each={props.templates}>{(x) => <option value={x.code}>{loc(x.name)}</option>}</For>
            </select>
          )}
        </Field>
        <Field label={t('standards.category')}>
          {(ids) => (
            <select id={ids.id} value={category()} onChange={(e) => setCategory(e.currentTarget.value)}>
              <For each={props.categories}>{(x) => <option value={x.code}>{loc(x.name)}</option>}</For>
            </select>
          )}
        </Field>
        <Field label={t('overlay.add_code')}>
          {(ids) => <input id={ids.id} value={code()} onInput={(e) => setCode(e.currentTarget.value)} />}
        </Field>
        <Field label={t('overlay.add_zh')}>
          {(ids) => <input id={ids.id} value={zh()} onInput={(e) => setZh(e.currentTarget.value)} />}
        </Field>
        <Field label={t('overlay.add_en')}>
          {(ids) => <input id={ids.id} value={en()} onInput={(e) => setEn(e.currentTarget.value)} />}
        </Field>
        <Field label={t('standards.severity')}>
          {(ids) => (
            <select
              id={ids.id}
              value={severity()}
              onChange={(e) => setSeverity(e.currentTarget.value as 'general' | 'major')}
            >
              <option value="general">{t('standards.severity.general')}</option>
              <option value="major">{t('standards.severity.major')}</option>
            </select>
          )}
        </Field>
        <Field label={t('overlay.add_default')}>
          {(ids) => (
            <input
              id={ids.id}
              type="number"
              min="0"
              max="100"
              value={points()}
              onInput={(e) => setPoints(e.currentTarget.valueAsNumber)}
            />
          )}
        </Field>
        <Field label={t('overlay.add_max')}>
          {(ids) => (
            <input
              id={ids.id}
              type="number"
              min="0"
              max="100"
              value={max()}
              onInput={(e) => setMax(e.currentTarget.valueAsNumber)}
            />
          )}
        </Field>
        <button type="submit" class="button" disabled={!ready()}>
          {t('overlay.add')}
        </button>
      </form>
    </section>
  );
}
