import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert, FormNotice } from '../../shell/form.tsx';
import { uploadAnswerPhoto } from './upload.ts';

/** The vendor's answer on a phone: what was done, and photos taken with the camera. */
export function AnswerForm(props: {
  rectificationId: string;
  initial?: string | null;
  onDone: () => Promise<void>;
}) {
  const [note, setNote] = createSignal(props.initial ?? '');
  const [files, setFiles] = createSignal<File[]>([]);
  const [sent, setSent] = createSignal(false);
  const [uploading, setUploading] = createSignal(false);
  const send = createAction(async () => {
    setSent(false);
    setUploading(true);
    const ids: string[] = [];
    try {
      for (const file of files()) ids.push((await uploadAnswerPhoto(props.rectificationId, file)).id);
    } finally {
      setUploading(false);
    }
    await api.rectifications.respond.mutate({
      id: props.rectificationId,
      response: note().trim(),
      evidenceIds: ids,
    });
    setFiles([]);
    setSent(true);
    await props.onDone();
  });
  return (
    <form
      class="form"
      data-testid="answer-form"
      onSubmit={(e) => {
        e.preventDefault();
        void send.run();
      }}
    >
      <FormAlert message={send.message()} />
      <FormNotice message={sent() && t('rect.answer_sent')} />
      <Field label={t('rect.answer_note')} errors={send.fieldErrors('response')}>
        {(ids) => (
          <textarea
            id={ids.id}
            name="response"
            rows={4}
            required
            maxLength={2000}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            value={note()}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field
        label={t('rect.answer_photos')}
        hint={t('rect.answer_photos_hint')}
        errors={send.fieldErrors('evidenceIds')}
      >
        {(ids) => (
          <input
            id={ids.id}
            name="photos"
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            aria-describedby={ids.describedBy}
            onChange={(e) => setFiles(Array.from(e.currentTarget.files ?? []).slice(0, 10))}
          />
        )}
      </Field>
      <Show when={files().length > 0}>
        <ul class="hint">
          <For each={files()}>{(f) => <li>{f.name}</li>}</For>
        </ul>
      </Show>
      <Show when={uploading()}>
        <p class="hint">{t('rect.uploading')}</p>
      </Show>
      <div class="form-actions">
        <button type="submit" class="button button-primary" disabled={send.pending()}>
          {t('rect.answer_submit')}
        </button>
      </div>
    </form>
  );
}
