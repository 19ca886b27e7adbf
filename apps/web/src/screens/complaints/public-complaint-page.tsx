import { A, useParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { ComplaintFields, draftInput, emptyDraft } from './complaint-fields.tsx';
import { PhotoPicker } from './photo-picker.tsx';
import { newSubmissionId, type PhotoUpload } from './photos.ts';
import './complaints.css';

/**
 * The public complaint form (no sign-in, a phone in hand): anonymous unless the reporter leaves a name or
 * number. "Received" and the tracking code appear only once the server has committed the complaint; a
 * retry after a lost answer reuses the same submission id, so it never files the complaint twice.
 */
export default function PublicComplaintPage() {
  const params = useParams<{ key: string }>();
  const form = createLoader(() => api.complaints.public.form.query({ formKey: params.key }));
  const [draft, setDraft] = createSignal(emptyDraft());
  const [name, setName] = createSignal('');
  const [phone, setPhone] = createSignal('');
  const [photos, setPhotos] = createSignal<PhotoUpload[]>([]);
  const [submissionId, setSubmissionId] = createSignal(newSubmissionId());
  const [received, setReceived] = createSignal<string | null>(null);
  const submit = createAction(async () => {
    const result = await api.complaints.public.submit.mutate({
      formKey: params.key,
      submissionId: submissionId(),
      ...draftInput(draft()),
      ...(name().trim() ? { reporterName: name().trim() } : {}),
      ...(phone().trim() ? { reporterPhone: phone().trim() } : {}),
      photos: photos(),
    });
    setReceived(result.trackingCode);
  });
  const again = () => {
    setDraft(emptyDraft());
    setPhotos([]);
    setSubmissionId(newSubmissionId());
    setReceived(null);
  };
  return (
    <section class="card auth-card" aria-labelledby="complaint-title">
      <Loaded loader={form}>
        {(info) => (
          <Show
            when={received()}
            fallback={
              <form
                class="form"
                onSubmit={(e) => {
                  e.preventDefault();
                  void submit.run();
                }}
              >
                <h1 id="complaint-title">{t('cmp.public.title')}</h1>
                <p class="lead">{t('cmp.public.lead', { agency: info().agency })}</p>
                <FormAlert message={submit.message()} />
                <ComplaintFields options={info()} draft={draft()} onChange={setDraft} action={submit} />
                <PhotoPicker
                  photos={photos()}
                  onChange={setPhotos}
                  errors={[0, 1, 2].flatMap((i) => submit.fieldErrors(`photos.${i}`))}
                />
                <fieldset class="field">
                  <legend class="field-label">{t('cmp.public.contact')}</legend>
                  <p class="field-hint">{t('cmp.public.contact_hint')}</p>
                  <Field label={t('cmp.public.name')} errors={submit.fieldErrors('reporterName')}>
                    {(ids) => (
                      <input
                        id={ids.id}
                        maxLength={40}
                        autocomplete="name"
                        value={name()}
                        onInput={(e) => setName(e.currentTarget.value)}
                      />
                    )}
                  </Field>
                  <Field label={t('cmp.public.phone')} errors={submit.fieldErrors('reporterPhone')}>
                    {(ids) => (
                      <input
                        id={ids.id}
                        type="tel"
                        inputmode="tel"
                        maxLength={20}
                        autocomplete="tel"
                        value={phone()}
                        onInput={(e) => setPhone(e.currentTarget.value)}
                      />
                    )}
                  </Field>
                </fieldset>
                <div class="form-actions">
                  <button
                    type="submit"
                    class="button button-primary"
                    disabled={submit.pending()}
                    data-testid="complaint-submit"
                  >
                    {submit.pending() ? t('cmp.public.sending') : t('cmp.public.submit')}
                  </button>
                </div>
              </form>
            }
          >
            {(code) => (
              <div class="form" data-testid="complaint-received" role="status">
                <h1 id="complaint-title">{t('cmp.public.received')}</h1>
                <p>{t('cmp.public.keep_code')}</p>
                <p class="tracking-code" data-testid="tracking-code">
                  {code()}
                </p>
                <div class="form-actions">
                  <A class="button button-primary" href={`/track/${code()}`} data-testid="track-link">
                    {t('cmp.public.follow')}
                  </A>
                  <button type="button" class="button" onClick={again}>
                    {t('cmp.public.another')}
                  </button>
                </div>
              </div>
            )}
          </Show>
        )}
      </Loaded>
    </section>
  );
}
