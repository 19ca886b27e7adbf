import { A, useParams } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { loc, type ViewItem } from './catalogue-api.ts';
import { ProblemList } from './problem-list.tsx';
import './catalogue.css';

type Severity = 'general' | 'major';

/** A line's standards and checklist items as this agency has them, in the UI language, with filters. */
export default function StandardsPage() {
  const params = useParams<{ pluginId: string }>();
  const [search, setSearch] = createSignal('');
  const [category, setCategory] = createSignal('');
  const [severity, setSeverity] = createSignal<Severity | ''>('');
  const [cadence, setCadence] = createSignal('');
  // The full view once (for the filter options), then the filtered one on every change.
  const full = createLoader(() => api.catalogue.standards.query({ pluginId: params.pluginId }));
  const filtered = createLoader(() =>
    api.catalogue.standards.query({
      pluginId: params.pluginId,
      ...(search().trim() ? { search: search().trim() } : {}),
      ...(category() ? { category: category() } : {}),
      ...(severity() ? { severity: severity() as Severity } : {}),
      ...(cadence() ? { cadence: cadence() } : {}),
    }),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refilter = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void filtered.reload(), 200);
  };
  return (
    <div class="page">
      <p>
        <A href="/catalogue">← {t('standards.back')}</A>
      </p>
      <Loaded loader={full}>
        {(view) => (
          <>
            <header class="page-header">
              <h1 data-testid="standards-title">
                {loc(view().plugin.name)} <span class="hint-inline">{view().plugin.version}</span>
              </h1>
              <p class="lead">{t('standards.title')}</p>
            </header>
            <ProblemList problems={view().problems} />
            <section class="card filters" aria-label={t('standards.search')}>
              <Field label={t('standards.search')} hint={t('standards.search_hint')}>
                {(ids) => (
                  <input
                    id={ids.id}
                    type="search"
                    data-testid="standards-search"
                    value={search()}
                    onInput={(e) => {
                      setSearch(e.currentTarget.value);
                      refilter();
                    }}
                  />
                )}
              </Field>
              <Field label={t('standards.category')}>
                {(ids) => (
                  <select
                    id={ids.id}
                    value={category()}
                    onChange={(e) => {
                      setCategory(e.currentTarget.value);
                      refilter();
                    }}
                  >
                    <option value="">{t('standards.all')}</option>
                    <For each={view().categories}>{(c) => <option value={c.code}>{loc(c.name)}</option>}</For>
                  </select>
                )}
              </Field>
              <Field label={t('standards.severity')}>
                {(ids) => (
                  <select
                    id={ids.id}
                    value={severity()}
                    onChange={(e) => {
                      setSeverity(e.currentTarget.value as Severity | '');
                      refilter();
                    }}
                  >
                    <option value="">{t('standards.all')}</option>
                    <option value="general">{t('standards.severity.general')}</option>
                    <option value="major">{t('standards.severity.major')}</option>
                  </select>
                )}
              </Field>
              <Field label={t('standards.cadence')}>
                {(ids) => (
                  <select
                    id={ids.id}
                    value={cadence()}
                    onChange={(e) => {
                      setCadence(e.currentTarget.value);
                      refilter();
                    }}
                  >
                    <option value="">{t('standards.all')}</option>
                    <For each={view().cadences}>{(c) => <option value={c.code}>{loc(c.name)}</option>}</For>
                  </select>
                )}
              </Field>
            </section>
            <Loaded loader={filtered}>{(v) => <Results view={v()} categories={view().categories} />}</Loaded>
          </>
        )}
      </Loaded>
    </div>
  );
}

type View = Awaited<ReturnType<typeof api.catalogue.standards.query>>;

function Results(props: { view: View; categories: View['categories'] }) {
  const categoryName = createMemo(() => new Map(props.categories.map((c) => [c.code, c.name])));
  return (
    <>
      <section class="card" aria-labelledby="items-title">
        <h2 id="items-title" class="card-title">
          {t('standards.items', { count: props.view.items.length })}
        </h2>
        <Show when={props.view.items.length > 0} fallback={<p class="hint">{t('standards.none')}</p>}>
          <ul class="item-list" data-testid="standards-items">
            <For each={props.view.items}>
              {(item) => <ItemRow item={item} category={loc(categoryName().get(item.category))} />}
            </For>
          </ul>
        </Show>
      </section>
      <section class="card" aria-labelledby="standards-title">
        <h2 id="standards-title" class="card-title">
          {t('standards.standards', { count: props.view.standards.length })}
        </h2>
        <ul class="item-list" data-testid="standards-list">
          <For each={props.view.standards}>
            {(s) => (
              <li class="item">
                <div class="item-main">
                  <strong>
                    {loc(s.title)} <span class="hint-inline">{s.code}</span>
                  </strong>
                  <Show when={s.description}>{(d) => <span class="hint">{loc(d())}</span>}</Show>
                  <span class="badges">
                    <span class="badge badge-info">
                      {t(s.kind === 'service' ? 'standards.kind.service' : 'standards.kind.supervision')}
                    </span>
                    <span class="badge">{t('standards.basis', { rule: s.basis.rule })}</span>
                  </span>
                </div>
              </li>
            )}
          </For>
        </ul>
      </section>
    </>
  );
}

function ItemRow(props: { item: ViewItem; category: string }) {
  const i = () => props.item;
  return (
    <li class="item" data-testid="standards-item" data-code={i().code}>
      <div class="item-main">
        <strong data-testid="item-text">{loc(i().text)}</strong>
        <span class="hint">
          <code>{i().code}</code> · {props.category}
        </span>
        <span class="badges">
          <span class={i().severity === 'major' ? 'badge badge-danger' : 'badge'}>
            {t(i().severity === 'major' ? 'standards.severity.major' : 'standards.severity.general')}
          </span>
          <span class="badge" data-testid="item-deduction">
            {t('standards.deduction', {
              points: i().deduction.default,
              min: i().deduction.min,
              max: i().deduction.max,
            })}
          </span>
          <Show when={i().origin === 'tenant'}>
            <span class="badge badge-info" data-testid="own-item">
              {t('standards.own_item')}
            </span>
          </Show>
          <Show when={i().overridden.length > 0}>
            <span class="badge badge-warn">{t('standards.changed')}</span>
          </Show>
          <Show when={!i().enabled}>
            <span class="badge badge-muted">{t('standards.disabled_item')}</span>
          </Show>
        </span>
      </div>
    </li>
  );
}
