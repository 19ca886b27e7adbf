import { createSignal, For, Show } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { formatDateTime } from '../../lib/format.ts';
import { createLoader } from '../../lib/loader.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { diffEntries } from './audit-diff.ts';
import { ChainStatus } from './chain-status.tsx';

type Entry = Awaited<ReturnType<typeof api.audit.list.query>>[number];

const PAGE = 50;

export default function AuditPage() {
  const timeZone = useTimeZone();
  const first = createLoader(() => api.audit.list.query({ limit: PAGE }));
  const [older, setOlder] = createSignal<Entry[]>([]);
  const [done, setDone] = createSignal(false);
  const more = createAction(async () => {
    const all = [...(first.data() ?? []), ...older()];
    const last = all[all.length - 1];
    if (!last) return;
    const page = await api.audit.list.query({ before: last.seq, limit: PAGE });
    setOlder([...older(), ...page]);
    if (page.length < PAGE) setDone(true);
  });
  const actor = (entry: Entry) =>
    entry.actorName ?? (entry.actorKind === 'operator' ? t('audit.actor_operator') : t('audit.actor_system'));
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('audit.title')}</h1>
        <p class="lead">{t('audit.lead')}</p>
      </header>
      <ChainStatus />
      <section class="card" aria-labelledby="audit-list-title">
        <h2 id="audit-list-title" class="visually-hidden">
          {t('audit.title')}
        </h2>
        <Loaded loader={first}>
          {(entries) => (
            <Show when={entries().length > 0} fallback={<p class="hint">{t('audit.empty')}</p>}>
              <ul class="item-list" data-testid="audit-list">
                <For each={[...entries(), ...older()]}>
                  {(entry) => (
                    <li class="item" data-testid="audit-entry">
                      <div class="item-main">
                        <strong>
                          <code>{entry.action}</code>{' '}
                          <span class="hint-inline">{t('audit.seq', { seq: entry.seq })}</span>
                        </strong>
                        <span class="hint">
                          {formatDateTime(entry.at, locale(), timeZone())} · {actor(entry)} · {entry.entity}
                          {entry.entityId ? ` ${entry.entityId.slice(0, 8)}` : ''}
                        </span>
                        <Show when={diffEntries(entry.before, entry.after).length > 0}>
                          <details class="diff">
                            <summary>{t('audit.details')}</summary>
                            <table class="diff-table">
                              <thead>
                                <tr>
                                  <th scope="col">{t('audit.field')}</th>
                                  <th scope="col">{t('audit.before')}</th>
                                  <th scope="col">{t('audit.after')}</th>
                                </tr>
                              </thead>
                              <tbody>
                                <For each={diffEntries(entry.before, entry.after)}>
                                  {(row) => (
                                    <tr>
                                      <th scope="row">{row.field}</th>
                                      <td>{row.before !== null && <del>{row.before}</del>}</td>
                                      <td>{row.after !== null && <ins>{row.after}</ins>}</td>
                                    </tr>
                                  )}
                                </For>
                              </tbody>
                            </table>
                          </details>
                        </Show>
                      </div>
                    </li>
                  )}
                </For>
              </ul>
              <FormAlert message={more.message()} />
              <Show when={!done() && entries().length === PAGE}>
                <div class="card-actions">
                  <button
                    type="button"
                    class="button"
                    disabled={more.pending()}
                    onClick={() => void more.run()}
                  >
                    {t('audit.more')}
                  </button>
                </div>
              </Show>
            </Show>
          )}
        </Loaded>
      </section>
    </div>
  );
}
