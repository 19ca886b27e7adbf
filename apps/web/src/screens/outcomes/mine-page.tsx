import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import '../rectifications/rectifications.css';
import { type Proposal, ProposalItem, WarningList } from './proposal-item.tsx';

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The vendor: its consequences and early warnings, and appeals with evidence within the period. */
export default function MinePage() {
  const list = createLoader(() => api.consequenceEngine.mine.query({}));
  const warnings = createLoader(() => api.consequenceEngine.myWarnings.query());
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('nav.my_outcomes')}</h1>
        <p class="lead">{t('out.mine.lead')}</p>
      </header>
      <section class="card">
        <h2>{t('out.warnings')}</h2>
        <Loaded loader={warnings}>{(rows) => <WarningList warnings={rows()} />}</Loaded>
      </section>
      <section class="card">
        <Loaded loader={list}>
          {(rows) => (
            <Show when={rows().length > 0} fallback={<p class="hint">{t('out.empty')}</p>}>
              <ul class="item-list">
                <For each={rows()}>
                  {(p) => (
                    <>
                      <ProposalItem proposal={p} canDecide={false} onChanged={() => list.reload()} />
                      <Show when={p.status === 'approved' && !p.appeal && p.appealUntil}>
                        <AppealForm proposal={p} onFiled={() => list.reload()} />
                      </Show>
                    </>
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

function AppealForm(props: { proposal: Proposal; onFiled: () => Promise<void> }) {
  const [grounds, setGrounds] = createSignal('');
  const [files, setFiles] = createSignal<File[]>([]);
  const file = createAction(async () => {
    const evidence = await Promise.all(
      files().map(async (f) => ({
        name: f.name,
        contentType: f.type as 'image/jpeg' | 'image/png' | 'application/pdf',
        base64: await toBase64(f),
      })),
    );
    await api.consequenceEngine.appeal.mutate({
      consequenceId: props.proposal.id,
      grounds: grounds().trim(),
      evidence,
    });
    await props.onFiled();
  });
  return (
    <li class="item">
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          void file.run();
        }}
      >
        <FormAlert message={file.message()} />
        <Field label={t('out.appeal.grounds')} errors={file.fieldErrors('grounds')}>
          {(ids) => (
            <textarea
              id={ids.id}
              rows={3}
              required
              maxLength={4000}
              value={grounds()}
              onInput={(e) => setGrounds(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field label={t('out.appeal.files')} errors={file.fieldErrors('evidence')}>
          {(ids) => (
            <input
              id={ids.id}
              type="file"
              multiple
              accept="image/jpeg,image/png,application/pdf"
              onChange={(e) => setFiles([...(e.currentTarget.files ?? [])].slice(0, 5))}
            />
          )}
        </Field>
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={file.pending() || !grounds().trim()}>
            {t('out.appeal.submit')}
          </button>
        </div>
      </form>
    </li>
  );
}
