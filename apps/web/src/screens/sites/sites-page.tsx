import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert, FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { type SiteFields, SiteForm } from './site-form.tsx';

type Site = Awaited<ReturnType<typeof api.sites.list.query>>[number];

/** Admins manage sites here; everyone else (evaluators included) sees the sites they may read. */
export default function SitesPage() {
  const auth = useAuth();
  const manage = () => auth.can('sites.manage');
  const sites = createLoader(() => api.sites.list.query());
  const [created, setCreated] = createSignal(false);
  const create = createAction(async (fields: SiteFields) => {
    setCreated(false);
    const row = await api.sites.create.mutate(fields);
    setCreated(true);
    await sites.reload();
    return row;
  });
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('sites.title')}</h1>
        <p class="lead">{manage() || auth.can('sites.read') ? t('sites.lead') : t('sites.lead_granted')}</p>
      </header>
      <section class="card" aria-labelledby="site-list-title">
        <h2 id="site-list-title" class="visually-hidden">
          {t('sites.title')}
        </h2>
        <Loaded loader={sites}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p class="hint">{t('sites.empty')}</p>}>
              <ul class="item-list" data-testid="site-list">
                <For each={list()}>
                  {(site) => <SiteItem site={site} manage={manage()} onChanged={() => sites.reload()} />}
                </For>
              </ul>
            </Show>
          )}
        </Loaded>
      </section>
      <Show when={manage()}>
        <section class="card" aria-labelledby="site-new-title">
          <h2 id="site-new-title" class="card-title">
            {t('sites.new')}
          </h2>
          <FormNotice message={created() && t('sites.created')} />
          <SiteForm submitLabel={t('sites.create')} action={create} testId="site-create" />
        </section>
      </Show>
    </div>
  );
}

function SiteItem(props: { site: Site; manage: boolean; onChanged: () => Promise<void> }) {
  const [editing, setEditing] = createSignal(false);
  const update = createAction(async (fields: SiteFields) => {
    await api.sites.update.mutate({ id: props.site.id, ...fields });
    setEditing(false);
    await props.onChanged();
    return true;
  });
  const archive = createAction(async () => {
    await api.sites.archive.mutate({ id: props.site.id, archived: !props.site.archivedAt });
    await props.onChanged();
  });
  return (
    <li class="item" data-testid="site-item" data-code={props.site.code}>
      <div class="item-main">
        <strong>
          {props.site.name} <span class="hint-inline">{props.site.code}</span>
        </strong>
        <Show when={props.site.address}>
          <span class="hint">{props.site.address}</span>
        </Show>
        <span class="badges">
          <Show when={props.site.archivedAt}>
            <span class="badge badge-muted">{t('sites.archived')}</span>
          </Show>
          <For each={props.site.tags}>{(tag) => <span class="badge badge-info">{tag}</span>}</For>
        </span>
      </div>
      <Show when={props.manage && !editing()}>
        <div class="item-actions">
          <button type="button" class="button button-small" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </button>
          <button
            type="button"
            class="button button-small"
            disabled={archive.pending()}
            onClick={() => void archive.run()}
          >
            {props.site.archivedAt ? t('sites.restore') : t('sites.archive')}
          </button>
        </div>
      </Show>
      <FormAlert message={archive.message()} />
      <Show when={editing()}>
        <div class="item-editor">
          <SiteForm
            initial={props.site}
            submitLabel={t('common.save')}
            action={update}
            onCancel={() => setEditing(false)}
          />
        </div>
      </Show>
    </li>
  );
}
