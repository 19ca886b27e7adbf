import { A, useNavigate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import '../rectifications/rectifications.css';

function lastMonth(): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** R18: the monthly bulletins; managers generate a month's draft here. */
export default function BulletinsPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const list = createLoader(() => api.bulletins.list.query());
  const [month, setMonth] = createSignal(lastMonth());
  const generate = createAction(async () => {
    const row = await api.bulletins.generate.mutate({ month: month() });
    navigate(`/bulletins/${row.id}`);
  });
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('bul.title')}</h1>
        <p class="lead">{t('bul.lead')}</p>
      </header>
      <Show when={auth.can('bulletins.manage')}>
        <section class="card">
          <form
            class="form"
            onSubmit={(e) => {
              e.preventDefault();
              void generate.run();
            }}
          >
            <FormAlert message={generate.message()} />
            <Field label={t('bul.month')} errors={generate.fieldErrors('month')}>
              {(ids) => (
                <input
                  id={ids.id}
                  type="month"
                  required
                  aria-describedby={ids.describedBy}
                  value={month()}
                  onInput={(e) => setMonth(e.currentTarget.value)}
                />
              )}
            </Field>
            <div class="form-actions">
              <button type="submit" class="button button-primary" disabled={generate.pending()}>
                {t('bul.generate')}
              </button>
            </div>
          </form>
        </section>
      </Show>
      <section class="card">
        <Loaded loader={list}>
          {(rows) => (
            <Show when={rows().length > 0} fallback={<p class="hint">{t('bul.none')}</p>}>
              <ul class="item-list" data-testid="bulletins">
                <For each={rows()}>
                  {(b) => (
                    <li class="item">
                      <div class="item-main">
                        <A href={`/bulletins/${b.id}`}>{b.title}</A>
                        <span class="badge">{t(`bul.status.${b.status}` as MessageKey)}</span>
                      </div>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Loaded>
      </section>
    </div>
  );
}
