import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { fieldErrorsOf } from '../../lib/error-message.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert, FormNotice } from '../../shell/form.tsx';

/** A tenant admin's data-only plugin: installed whole, or every error listed with its path. */
export function UploadCard(props: { onInstalled: () => Promise<void> }) {
  const [format, setFormat] = createSignal<'yaml' | 'json'>('yaml');
  const [text, setText] = createSignal('');
  const [notice, setNotice] = createSignal<string | false>(false);
  const upload = createAction(async () => {
    setNotice(false);
    const r = await api.catalogue.upload.mutate({ format: format(), text: text() });
    setNotice(
      t(r.created ? 'catalogue.upload.done' : 'catalogue.upload.same', {
        plugin: r.pluginId,
        version: r.version,
      }),
    );
    await props.onInstalled();
    return r;
  });
  const errors = () => Object.entries(fieldErrorsOf(upload.error()));
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (/\.json$/i.test(file.name)) setFormat('json');
    else if (/\.ya?ml$/i.test(file.name)) setFormat('yaml');
    setText(await file.text());
  };
  return (
    <section class="card" aria-labelledby="upload-title">
      <h2 id="upload-title" class="card-title">
        {t('catalogue.upload.title')}
      </h2>
      <p class="hint">{t('catalogue.upload.lead')}</p>
      <form
        class="form"
        data-testid="plugin-upload"
        onSubmit={(e) => {
          e.preventDefault();
          void upload.run();
        }}
      >
        <Field label={t('catalogue.upload.format')}>
          {(ids) => (
            <select
              id={ids.id}
              value={format()}
              onChange={(e) => setFormat(e.currentTarget.value as 'yaml' | 'json')}
            >
              <option value="yaml">YAML</option>
              <option value="json">JSON</option>
            </select>
          )}
        </Field>
        <Field label={t('catalogue.upload.file')}>
          {(ids) => (
            <input
              id={ids.id}
              type="file"
              accept=".yaml,.yml,.json"
              onChange={(e) => void readFile(e.currentTarget.files?.[0])}
            />
          )}
        </Field>
        <Field label={t('catalogue.upload.text')}>
          {(ids) => (
            <textarea
              id={ids.id}
              rows={8}
              spellcheck={false}
              value={text()}
              onInput={(e) => setText(e.currentTarget.value)}
            />
          )}
        </Field>
        <FormAlert message={upload.message()} />
        <Show when={errors().length > 0}>
          <div class="upload-errors">
            <p class="field-label">{t('catalogue.upload.errors')}</p>
            <ol data-testid="upload-errors">
              <For each={errors()}>
                {([path, messages]) => (
                  <For each={messages}>
                    {(message) => (
                      <li data-path={path}>
                        <code>{path}</code> {message}
                      </li>
                    )}
                  </For>
                )}
              </For>
            </ol>
          </div>
        </Show>
        <FormNotice message={notice()} />
        <button type="submit" class="button button-primary" disabled={upload.pending() || text() === ''}>
          {t('catalogue.upload.submit')}
        </button>
      </form>
    </section>
  );
}
