import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { localizedName } from '../vendors/labels.ts';

/**
 * 条检 (R13): which supervisor inspects which service line, for every site or one site. The inspection
 * plans assign line inspections from this table.
 */
export default function AssignmentsPage() {
  const auth = useAuth();
  const manage = () => auth.can('people.manage');
  const assignments = createLoader(() => api.assignments.list.query());
  const options = createLoader(() => api.contracts.options.query());
  const people = createLoader(() => (manage() ? api.people.list.query() : Promise.resolve([])));
  const [lineId, setLineId] = createSignal('');
  const [siteId, setSiteId] = createSignal('');
  const [userId, setUserId] = createSignal('');
  const assign = createAction(async () => {
    await api.assignments.set.mutate({ serviceLineId: lineId(), siteId: siteId() || null, userId: userId() });
    await assignments.reload();
    return true;
  });
  const remove = createAction(async (id: string) => {
    await api.assignments.remove.mutate({ id });
    await assignments.reload();
  });
  const lineName = (id: string) => {
    const line = options.data()?.serviceLines.find((l) => l.id === id);
    return line ? localizedName(line.name) : id;
  };
  const siteName = (id: string | null) =>
    id ? (options.data()?.sites.find((s) => s.id === id)?.name ?? id) : t('assignments.all_sites');
  const supervisors = () =>
    (people.data() ?? []).filter((p) => p.roles.includes('supervisor') && !p.disabledAt);
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('assignments.title')}</h1>
        <p class="lead">{t('assignments.lead')}</p>
      </header>
      <section class="card" aria-label={t('assignments.title')}>
        <FormAlert message={remove.message()} />
        <Loaded loader={assignments}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p class="hint">{t('assignments.empty')}</p>}>
              <ul class="item-list" data-testid="assignment-list">
                <For each={list()}>
                  {(a) => (
                    <li class="item" data-testid="assignment-item">
                      <div class="item-main">
                        <strong>{lineName(a.serviceLineId)}</strong>
                        <span class="hint">
                          {siteName(a.siteId)} · {a.displayName}
                        </span>
                      </div>
                      <Show when={manage()}>
                        <div class="item-actions">
                          <button
                            type="button"
                            class="button button-small"
                            disabled={remove.pending()}
                            onClick={() => void remove.run(a.id)}
                          >
                            {t('assignments.remove')}
                          </button>
                        </div>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Loaded>
      </section>
      <Show when={manage()}>
        <section class="card" aria-labelledby="assign-title">
          <h2 id="assign-title" class="card-title">
            {t('assignments.assign')}
          </h2>
          <form
            class="form"
            data-testid="assignment-form"
            onSubmit={(e) => {
              e.preventDefault();
              void assign.run();
            }}
          >
            <FormAlert message={assign.message()} />
            <Field label={t('assignments.serviceLine')} errors={assign.fieldErrors('serviceLineId')}>
              {(ids) => (
                <select
                  id={ids.id}
                  name="serviceLineId"
                  required
                  value={lineId()}
                  onChange={(e) => setLineId(e.currentTarget.value)}
                >
                  <option value="">—</option>
                  <For each={(options.data()?.serviceLines ?? []).filter((l) => l.enabled)}>
                    {(l) => <option value={l.id}>{localizedName(l.name)}</option>}
                  </For>
                </select>
              )}
            </Field>
            <Field label={t('assignments.site')} errors={assign.fieldErrors('siteId')}>
              {(ids) => (
                <select
                  id={ids.id}
                  name="siteId"
                  value={siteId()}
                  onChange={(e) => setSiteId(e.currentTarget.value)}
                >
                  <option value="">{t('assignments.all_sites')}</option>
                  <For each={options.data()?.sites ?? []}>
                    {(s) => <option value={s.id}>{s.name}</option>}
                  </For>
                </select>
              )}
            </Field>
            <Field label={t('assignments.supervisor')} errors={assign.fieldErrors('userId')}>
              {(ids) => (
                <select
                  id={ids.id}
                  name="userId"
                  required
                  value={userId()}
                  onChange={(e) => setUserId(e.currentTarget.value)}
                >
                  <option value="">—</option>
                  <For each={supervisors()}>{(p) => <option value={p.userId}>{p.displayName}</option>}</For>
                </select>
              )}
            </Field>
            <div class="form-actions">
              <button type="submit" class="button button-primary" disabled={assign.pending()}>
                {t('assignments.assign')}
              </button>
            </div>
          </form>
        </section>
      </Show>
    </div>
  );
}
