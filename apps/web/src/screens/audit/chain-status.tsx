import { createSignal, Match, Switch } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { parseCheckpoint } from './audit-diff.ts';

type Verification = Awaited<ReturnType<typeof api.audit.verify.query>>;

function Banner(props: { result: Verification }) {
  return (
    <Switch>
      <Match when={props.result.ok}>
        <p class="notice notice-ok" role="status" data-testid="audit-status" data-ok="true">
          ✓ {t('audit.intact', { count: props.result.entries })}
        </p>
      </Match>
      <Match when={!props.result.ok && props.result}>
        {(broken) => {
          const r = broken() as Extract<Verification, { ok: false }>;
          return (
            <p class="form-alert" role="alert" data-testid="audit-status" data-ok="false">
              {t('audit.broken', { seq: r.firstBrokenSeq, reason: r.reason })}
            </p>
          );
        }}
      </Match>
    </Switch>
  );
}

/** The chain verified on opening; its head downloadable; a saved head checked against the chain. */
export function ChainStatus() {
  const verification = createLoader(() => api.audit.verify.query({}));
  const [checkpointText, setCheckpointText] = createSignal('');
  const [checked, setChecked] = createSignal<Verification | null>(null);
  const [invalid, setInvalid] = createSignal(false);
  const check = createAction(async () => {
    setChecked(null);
    const checkpoint = parseCheckpoint(checkpointText());
    setInvalid(checkpoint === null);
    if (!checkpoint) return;
    setChecked(await api.audit.verify.query({ checkpoint }));
  });
  const download = createAction(async () => {
    const head = await api.audit.head.query();
    if (!head) return;
    const blob = new Blob([`${JSON.stringify(head, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `audit-head-${head.tenantId}-${head.seq}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  return (
    <section class="card stack" aria-labelledby="chain-title">
      <h2 id="chain-title" class="visually-hidden">
        {t('audit.title')}
      </h2>
      <Loaded loader={verification}>{(result) => <Banner result={result()} />}</Loaded>
      <FormAlert message={download.message()} />
      <div class="form-actions">
        <button
          type="button"
          class="button"
          disabled={download.pending()}
          onClick={() => void download.run()}
        >
          {t('audit.download_head')}
        </button>
      </div>
      <details>
        <summary>{t('audit.checkpoint')}</summary>
        <form
          class="form"
          onSubmit={(event) => {
            event.preventDefault();
            void check.run();
          }}
        >
          <FormAlert message={check.message()} />
          <Field
            label={t('audit.checkpoint')}
            hint={t('audit.checkpoint_hint')}
            errors={invalid() ? [t('audit.checkpoint_invalid')] : []}
          >
            {(ids) => (
              <textarea
                id={ids.id}
                name="checkpoint"
                rows={4}
                spellcheck={false}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                value={checkpointText()}
                onInput={(event) => setCheckpointText(event.currentTarget.value)}
              />
            )}
          </Field>
          <div class="form-actions">
            <button type="submit" class="button" disabled={check.pending()}>
              {t('audit.checkpoint_verify')}
            </button>
          </div>
          {checked() && <Banner result={checked()!} />}
        </form>
      </details>
    </section>
  );
}
