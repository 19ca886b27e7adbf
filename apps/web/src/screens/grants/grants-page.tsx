import { For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import { GrantForm } from './grant-form.tsx';
import { GrantItem } from './grant-item.tsx';

export default function GrantsPage() {
  const auth = useAuth();
  const manage = () => auth.can('grants.manage');
  // Grants, with the sites and members they refer to, in one batched request.
  const data = createLoader(async () => {
    const [grants, sites, people] = await Promise.all([
      api.grants.list.query(),
      api.sites.list.query(),
      auth.can('people.read') ? api.people.list.query() : Promise.resolve([]),
    ]);
    return { grants, sites, people, siteNames: new Map(sites.map((s) => [s.id, s.name])) };
  });
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('grants.title')}</h1>
        <p class="lead">{t('grants.lead')}</p>
      </header>
      <Loaded loader={data}>
        {(d) => (
          <>
            <section class="card" aria-labelledby="grant-list-title">
              <h2 id="grant-list-title" class="visually-hidden">
                {t('grants.title')}
              </h2>
              <Show when={d().grants.length > 0} fallback={<p class="hint">{t('grants.empty')}</p>}>
                <ul class="item-list" data-testid="grant-list">
                  <For each={d().grants}>
                    {(grant) => (
                      <GrantItem
                        grant={grant}
                        siteNames={d().siteNames}
                        manage={manage()}
                        onChanged={data.reload}
                      />
                    )}
                  </For>
                </ul>
              </Show>
            </section>
            <Show when={manage()}>
              <section class="card" aria-labelledby="grant-new-title">
                <h2 id="grant-new-title" class="card-title">
                  {t('grants.new')}
                </h2>
                <GrantForm people={d().people} sites={d().sites} onCreated={data.reload} />
              </section>
            </Show>
          </>
        )}
      </Loaded>
    </div>
  );
}
