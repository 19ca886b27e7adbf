import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { locale, t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { formatDateTime } from '../../lib/format.ts';
import { createLoader } from '../../lib/loader.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert, FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { ComplaintFields, draftInput, emptyDraft } from './complaint-fields.tsx';
import { PhotoPicker } from './photo-picker.tsx';
import { newSubmissionId, type PhotoUpload } from './photos.ts';
import './complaints.css';

/**
 * Two entry screens in one component: the 110 hotline (an operator records a call, the caller named or
 * not, and reads the tracking code back) and the liaison officer's phone report (with photos and where
 * in the building). Each submit has its own submission id, so a retry never files twice.
 */
function IntakePage(props: { mode: 'hotline' | 'report' }) {
  const tz = useTimeZone();
  const auth = useAuth();
  const options = createLoader(() => api.complaints.intakeOptions.query());
  const mine = createLoader(() => api.complaints.mine.query());
  const [draft, setDraft] = createSignal(emptyDraft());
  const [callerName, setCallerName] = createSignal('');
  const [callerPhone, setCallerPhone] = createSignal('');
  const [photos, setPhotos] = createSignal<PhotoUpload[]>([]);
  const [submissionId, setSubmissionId] = createSignal(newSubmissionId());
  const [code, setCode] = createSignal<string | null>(null);
  const submit = createAction(async () => {
    const base = { submissionId: submissionId(), ...draftInput(draft()) };
    const result =
      props.mode === 'hotline'
        ? await api.complaints.record.mutate({
            ...base,
            callerName: callerName().trim(),
            callerPhone: callerPhone().trim(),
          })
        : await api.complaints.report.mutate({ ...base, photos: photos() });
    setCode(result.trackingCode);
    setDraft(emptyDraft());
    setCallerName('');
    setCallerPhone('');
    setPhotos([]);
    setSubmissionId(newSubmissionId());
    await mine.reload();
  });
  const title = () => (props.mode === 'hotline' ? t('cmp.hotline.title') : t('cmp.report.title'));
  return (
    <div class="page">
      <header class="page-header">
        <h1>{title()}</h1>
        <p class="lead">{props.mode === 'hotline' ? t('cmp.hotline.lead') : t('cmp.report.lead')}</p>
      </header>
      <section class="card">
        <Loaded loader={options}>
          {(o) => (
            <form
              class="form"
              onSubmit={(e) => {
                e.preventDefault();
                void submit.run();
              }}
            >
              <FormAlert message={submit.message()} />
              <FormNotice message={code() && t('cmp.recorded', { code: code()! })} />
              <Show when={code()}>
                <p class="tracking-code" data-testid="tracking-code">
                  {code()}
                </p>
              </Show>
              <Show when={props.mode === 'hotline'}>
                <Field label={t('cmp.hotline.caller_name')} hint={t('cmp.hotline.caller_hint')}>
                  {(ids) => (
                    <input
                      id={ids.id}
                      maxLength={40}
                      value={callerName()}
                      onInput={(e) => setCallerName(e.currentTarget.value)}
                    />
                  )}
                </Field>
                <Field label={t('cmp.hotline.caller_phone')} errors={submit.fieldErrors('callerPhone')}>
                  {(ids) => (
                    <input
                      id={ids.id}
                      type="tel"
                      maxLength={20}
                      value={callerPhone()}
                      onInput={(e) => setCallerPhone(e.currentTarget.value)}
                    />
                  )}
                </Field>
              </Show>
              <ComplaintFields options={o()} draft={draft()} onChange={setDraft} action={submit} />
              <Show when={props.mode === 'report'}>
                <PhotoPicker
                  photos={photos()}
                  onChange={setPhotos}
                  errors={[0, 1, 2].flatMap((i) => submit.fieldErrors(`photos.${i}`))}
                />
              </Show>
              <div class="form-actions">
                <button
                  type="submit"
                  class="button button-primary"
                  disabled={submit.pending()}
                  data-testid="intake-submit"
                >
                  {t('cmp.public.submit')}
                </button>
              </div>
            </form>
          )}
        </Loaded>
      </section>
      <section class="card">
        <h2 class="card-title">{t('cmp.mine')}</h2>
        <Loaded loader={mine}>
          {(rows) => (
            <Show when={rows().length > 0} fallback={<p class="hint">{t('cmp.workbench.empty')}</p>}>
              <ul class="item-list">
                <For each={rows().slice(0, 20)}>
                  {(c) => (
                    <li class="item">
                      <div class="item-main">
                        <Show
                          when={auth.can('complaints.read')}
                          fallback={<A href={`/track/${c.trackingCode}`}>{c.summary}</A>}
                        >
                          <A href={`/complaints/${c.id}`}>{c.summary}</A>
                        </Show>
                        <span class="hint">
                          {c.trackingCode} · {locale() === 'en' ? c.category.en : c.category.zh} ·{' '}
                          {formatDateTime(c.receivedAt, locale(), tz())}
                        </span>
                        <span class="badge badge-info">
                          {t(`cmp.status.${c.status}` as 'cmp.status.received')}
                        </span>
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

export function HotlinePage() {
  return <IntakePage mode="hotline" />;
}

export function ReportPage() {
  return <IntakePage mode="report" />;
}
