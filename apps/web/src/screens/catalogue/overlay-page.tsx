import { A, useParams } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert, FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { AddItemForm } from './add-item-form.tsx';
import { loc, type OverlayState, type StandardsView } from './catalogue-api.ts';
import { DiffTable } from './diff-table.tsx';
import { applyEdits, type CadenceEdit, type Defaults, type ItemEdit, type Op } from './overlay-ops.ts';
import { ProblemList } from './problem-list.tsx';
import './catalogue.css';

const UNITS = ['day', 'week', 'month', 'year'] as const;

/** The overlay editor: change the line for this agency, see the changes as a diff against the defaults. */
export default function OverlayPage() {
  const params = useParams<{ pluginId: string }>();
  const data = createLoader(async () => {
    const [overlay, view] = await Promise.all([
      api.catalogue.overlay.get.query({ pluginId: params.pluginId }),
      api.catalogue.standards.query({ pluginId: params.pluginId, includeDisabled: true }),
    ]);
    return { overlay, view };
  });
  return (
    <div class="page">
      <p>
        <A href="/catalogue">← {t('standards.back')}</A>
      </p>
      <Loaded loader={data}>
        {(d) => <Editor overlay={d().overlay} view={d().view} reload={() => data.reload()} />}
      </Loaded>
    </div>
  );
}

function Editor(props: { overlay: OverlayState; view: StandardsView; reload: () => Promise<void> }) {
  const [items, setItems] = createSignal(new Map<string, ItemEdit>());
  const [cadences, setCadences] = createSignal(new Map<string, CadenceEdit>());
  const [added, setAdded] = createSignal<Op[]>([]);
  const [filter, setFilter] = createSignal('');
  const [saved, setSaved] = createSignal<string | false>(false);
  const pending = () => items().size + cadences().size + added().length;
  const defaults = createMemo<Defaults>(() => {
    const deduction = new Map(props.view.items.map((i) => [i.code, i.deduction.default]));
    const cadence = new Map(
      props.view.cadences.map((c) => [c.code, { every: c.every, warningDays: c.warningDays }]),
    );
    // The diff knows the plugin's own values where the tenant changed them.
    for (const row of props.overlay.diff) {
      if (row.problem) continue;
      if (row.field === 'deduction') deduction.set(row.code, row.pluginDefault as number);
      const c = cadence.get(row.code);
      if (c && row.field === 'every') cadence.set(row.code, { ...c, every: row.pluginDefault as never });
      if (c && row.field === 'warningDays')
        cadence.set(row.code, { ...c, warningDays: row.pluginDefault as number });
    }
    return { deduction, cadence };
  });
  const editItem = (code: string, edit: ItemEdit) =>
    setItems((m) => new Map(m).set(code, { ...m.get(code), ...edit }));
  const editCadence = (code: string, edit: CadenceEdit) =>
    setCadences((m) => new Map(m).set(code, { ...m.get(code), ...edit }));
  const save = createAction(async () => {
    setSaved(false);
    const operations = applyEdits(props.overlay.operations as Op[], items(), cadences(), added(), defaults());
    const r = await api.catalogue.overlay.put.mutate({
      pluginId: props.overlay.pluginId,
      expectedVersion: props.overlay.version,
      operations,
    });
    setItems(new Map());
    setCadences(new Map());
    setAdded([]);
    setSaved(t('overlay.saved', { version: r.version }));
    await props.reload();
  });
  const shown = () => {
    const needle = filter().trim().toLowerCase();
    return props.view.items.filter(
      (i) =>
        needle === '' ||
        i.code.toLowerCase().includes(needle) ||
        i.text.zh.includes(needle) ||
        i.text.en.toLowerCase().includes(needle),
    );
  };
  return (
    <>
      <header class="page-header">
        <h1>
          {t('overlay.title')} · {loc(props.view.plugin.name)}{' '}
          <span class="hint-inline">{props.overlay.pinnedVersion}</span>
        </h1>
        <p class="lead">{t('overlay.lead')}</p>
      </header>
      <ProblemList problems={props.overlay.problems} />
      <section class="card" aria-labelledby="diff-title">
        <h2 id="diff-title" class="card-title">
          {t('overlay.diff_title')}
        </h2>
        <DiffTable rows={props.overlay.diff} />
      </section>
      <section class="card" aria-labelledby="overlay-items-title">
        <h2 id="overlay-items-title" class="card-title">
          {t('overlay.items')}
        </h2>
        <input
          type="search"
          aria-label={t('overlay.filter')}
          placeholder={t('overlay.filter')}
          data-testid="overlay-filter"
          value={filter()}
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
        <ul class="item-list">
          <For each={shown()}>
            {(item) => {
              const edit = () => items().get(item.code);
              return (
                <li class="item overlay-row" data-testid="overlay-item" data-code={item.code}>
                  <label class="checkbox">
                    <input
                      type="checkbox"
                      checked={edit()?.enabled ?? item.enabled}
                      onChange={(e) => editItem(item.code, { enabled: e.currentTarget.checked })}
                    />
                    <span class="visually-hidden">{t('overlay.item_enabled')}</span>
                  </label>
                  <span class="item-main">
                    <strong>{loc(item.text)}</strong>
                    <code class="hint">{item.code}</code>
                  </span>
                  <label>
                    {t('overlay.deduction')}{' '}
                    <input
                      type="number"
                      data-testid="deduction-input"
                      min={item.deduction.min}
                      max={item.deduction.max}
                      step="0.5"
                      value={edit()?.deduction ?? item.deduction.default}
                      onChange={(e) => editItem(item.code, { deduction: e.currentTarget.valueAsNumber })}
                    />{' '}
                    <span class="hint-inline">
                      {item.deduction.min}–{item.deduction.max}
                    </span>
                  </label>
                </li>
              );
            }}
          </For>
        </ul>
      </section>
      <section class="card" aria-labelledby="overlay-cadences-title">
        <h2 id="overlay-cadences-title" class="card-title">
          {t('overlay.cadences')}
        </h2>
        <ul class="item-list">
          <For each={props.view.cadences}>
            {(c) => {
              const edit = () => cadences().get(c.code);
              const every = () => edit()?.every ?? c.every;
              return (
                <li class="item overlay-row" data-code={c.code}>
                  <span class="item-main">
                    <strong>{loc(c.name)}</strong>
                  </span>
                  <input
                    type="number"
                    min="1"
                    aria-label={`${loc(c.name)} count`}
                    value={every().count}
                    onChange={(e) =>
                      editCadence(c.code, { every: { ...every(), count: e.currentTarget.valueAsNumber } })
                    }
                  />
                  <select
                    aria-label={`${loc(c.name)} unit`}
                    value={every().unit}
                    onChange={(e) =>
                      editCadence(c.code, {
                        every: { ...every(), unit: e.currentTarget.value as (typeof UNITS)[number] },
                      })
                    }
                  >
                    <For each={UNITS}>{(u) => <option value={u}>{t(`overlay.unit.${u}`)}</option>}</For>
                  </select>
                  <label>
                    {t('overlay.warning_days')}{' '}
                    <input
                      type="number"
                      min="0"
                      value={edit()?.warningDays ?? c.warningDays}
                      onChange={(e) => editCadence(c.code, { warningDays: e.currentTarget.valueAsNumber })}
                    />
                  </label>
                </li>
              );
            }}
          </For>
        </ul>
      </section>
      <AddItemForm
        templates={props.view.templates}
        categories={props.view.categories}
        onAdd={(op) => setAdded((list) => [...list, op])}
      />
      <section class="card">
        <Show when={pending() > 0}>
          <p class="hint" data-testid="overlay-pending">
            {t('overlay.pending', { count: pending() })}
          </p>
        </Show>
        <FormAlert message={save.message()} />
        <FormNotice message={saved()} />
        <button
          type="button"
          class="button button-primary"
          data-testid="overlay-save"
          disabled={save.pending() || pending() === 0}
          onClick={() => void save.run()}
        >
          {t('overlay.save')}
        </button>
      </section>
    </>
  );
}
