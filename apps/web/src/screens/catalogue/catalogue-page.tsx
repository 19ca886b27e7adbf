import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert, FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { type CataloguePlugin, loc, type Problem } from './catalogue-api.ts';
import { ProblemList } from './problem-list.tsx';
import { UploadCard } from './upload-card.tsx';
import './catalogue.css';

/** The tenant's service lines: enable, disable, pin a version; admins also upload data plugins here. */
export default function CataloguePage() {
  const auth = useAuth();
  const manage = () => auth.can('catalogue.manage');
  const plugins = createLoader(() => api.catalogue.plugins.query());
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('catalogue.title')}</h1>
        <p class="lead">{t('catalogue.lead')}</p>
      </header>
      <section class="card" aria-labelledby="catalogue-list-title">
        <h2 id="catalogue-list-title" class="visually-hidden">
          {t('catalogue.title')}
        </h2>
        <Loaded loader={plugins}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p class="hint">{t('catalogue.empty')}</p>}>
              <ul class="item-list" data-testid="catalogue-list">
                <For each={list()}>
                  {(p) => <PluginItem plugin={p} manage={manage()} onChanged={() => plugins.reload()} />}
                </For>
              </ul>
            </Show>
          )}
        </Loaded>
      </section>
      <Show when={manage()}>
        <UploadCard onInstalled={() => plugins.reload()} />
      </Show>
    </div>
  );
}

function PluginItem(props: { plugin: CataloguePlugin; manage: boolean; onChanged: () => Promise<void> }) {
  const p = () => props.plugin;
  const enabled = () => p().line?.enabled === true;
  const [version, setVersion] = createSignal(p().line?.pinnedVersion ?? p().latestVersion);
  const [problems, setProblems] = createSignal<readonly Problem[]>();
  const [pinned, setPinned] = createSignal<string | false>(false);
  const toggle = createAction(async () => {
    if (enabled()) await api.catalogue.disable.mutate({ pluginId: p().id });
    else await api.catalogue.enable.mutate({ pluginId: p().id, version: version() });
    await props.onChanged();
  });
  const pin = createAction(async () => {
    const r = await api.catalogue.pin.mutate({ pluginId: p().id, version: version() });
    setProblems(r.problems);
    setPinned(t('catalogue.pinned', { version: r.line.pinnedVersion }));
    await props.onChanged();
  });
  return (
    <li class="item" data-testid="catalogue-item" data-plugin={p().id}>
      <div class="item-main">
        <strong>
          {loc(p().name)} <span class="hint-inline">{p().id}</span>
        </strong>
        <span class="hint">{t('catalogue.counts', p().counts)}</span>
        <span class="badges">
          <span class={enabled() ? 'badge badge-ok' : 'badge badge-muted'} data-testid="line-state">
            {t(enabled() ? 'catalogue.enabled' : 'catalogue.disabled')}
          </span>
          <span class="badge badge-info">
            {t(p().source === 'data' ? 'catalogue.source.data' : 'catalogue.source.code')}
          </span>
          <Show when={p().origin === 'tenant'}>
            <span class="badge badge-info">{t('catalogue.origin.tenant')}</span>
          </Show>
          <Show when={p().line}>
            {(line) => (
              <span class="badge">
                {t('catalogue.version')} {line().pinnedVersion}
              </span>
            )}
          </Show>
        </span>
      </div>
      <div class="item-actions">
        <A class="button button-small" href={`/catalogue/${p().id}`}>
          {t('catalogue.browse')}
        </A>
        <Show when={props.manage && p().line}>
          <A class="button button-small" href={`/catalogue/${p().id}/overlay`}>
            {t('catalogue.customise')}
          </A>
        </Show>
        <Show when={props.manage}>
          <label class="inline-field">
            <span class="visually-hidden">{t('catalogue.version')}</span>
            <select
              aria-label={`${t('catalogue.version')} ${p().id}`}
              value={version()}
              onChange={(e) => setVersion(e.currentTarget.value)}
            >
              <For each={p().versions}>{(v) => <option value={v}>{v}</option>}</For>
            </select>
          </label>
          <Show when={p().line && p().line?.pinnedVersion !== version()}>
            <button
              type="button"
              class="button button-small"
              disabled={pin.pending()}
              onClick={() => void pin.run()}
            >
              {t('catalogue.pin')}
            </button>
          </Show>
          <button
            type="button"
            class={enabled() ? 'button button-small' : 'button button-small button-primary'}
            data-testid="line-toggle"
            disabled={toggle.pending()}
            onClick={() => void toggle.run()}
          >
            {t(enabled() ? 'catalogue.disable' : 'catalogue.enable')}
          </button>
        </Show>
      </div>
      <FormAlert message={toggle.message() ?? pin.message()} />
      <FormNotice message={pinned()} />
      <ProblemList problems={problems()} />
    </li>
  );
}
