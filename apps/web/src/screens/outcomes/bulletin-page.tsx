import { useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { locale, t } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { createAction } from '../../lib/action.ts';
import { formatDateTime } from '../../lib/format.ts';
import { createLoader } from '../../lib/loader.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import '../rectifications/rectifications.css';
import { percent, points, saveBase64 } from './money.ts';

type Bulletin = Awaited<ReturnType<typeof api.bulletins.get.query>>;

/** One bulletin: the generated figures, the editable text (drafts), publishing and the downloads. */
export default function BulletinPage() {
  const params = useParams();
  const bulletin = createLoader(() => api.bulletins.get.query({ id: params.id! }));
  return (
    <div class="page">
      <Loaded loader={bulletin}>
        {(b) => <BulletinView bulletin={b()} reload={() => bulletin.reload()} />}
      </Loaded>
    </div>
  );
}

function BulletinView(props: { bulletin: Bulletin; reload: () => Promise<void> }) {
  const auth = useAuth();
  const tz = useTimeZone();
  const b = () => props.bulletin;
  const draft = () => b().status === 'draft';
  const [title, setTitle] = createSignal(b().title);
  const [summary, setSummary] = createSignal(b().summary);
  const [measures, setMeasures] = createSignal(b().measures);
  const [saved, setSaved] = createSignal(false);
  const save = createAction(async () => {
    await api.bulletins.edit.mutate({
      id: b().id,
      version: b().version,
      title: title(),
      summary: summary(),
      measures: measures(),
    });
    setSaved(true);
    await props.reload();
  });
  const publish = createAction(async () => {
    await api.bulletins.publish.mutate({ id: b().id });
    await props.reload();
  });
  const regenerate = createAction(async () => {
    await api.bulletins.generate.mutate({ month: b().month });
    await props.reload();
  });
  const download = createAction(async (kind: 'pdf' | 'xlsx') => {
    const file =
      kind === 'pdf'
        ? await api.bulletins.exportPdf.query({ id: b().id })
        : await api.bulletins.exportXlsx.query({ id: b().id });
    saveBase64(file);
  });
  const c = () => b().content;
  return (
    <>
      <header class="page-header">
        <h1>{b().title}</h1>
        <span class="badge" data-testid="bulletin-status" data-status={b().status}>
          {t(`bul.status.${b().status}` as MessageKey)}
        </span>
        <Show when={b().publishedAt}>
          <p class="hint">
            {t('bul.published_at', { time: formatDateTime(b().publishedAt!, locale(), tz()) })}
          </p>
        </Show>
        <div class="form-actions">
          <button
            type="button"
            class="button"
            disabled={download.pending()}
            onClick={() => void download.run('pdf')}
          >
            {t('bul.download_pdf')}
          </button>
          <button
            type="button"
            class="button"
            disabled={download.pending()}
            onClick={() => void download.run('xlsx')}
          >
            {t('bul.download_xlsx')}
          </button>
          <Show when={draft() && auth.can('bulletins.manage')}>
            <button
              type="button"
              class="button"
              disabled={regenerate.pending()}
              onClick={() => void regenerate.run()}
            >
              {t('bul.regenerate')}
            </button>
          </Show>
          <Show when={draft() && auth.can('bulletins.publish')}>
            <button
              type="button"
              class="button button-primary"
              disabled={publish.pending()}
              onClick={() => void publish.run()}
            >
              {t('bul.publish')}
            </button>
          </Show>
        </div>
        <FormAlert message={download.message() ?? publish.message() ?? regenerate.message()} />
      </header>
      <Show when={!draft() || !auth.can('bulletins.manage')}>
        <Show when={b().summary}>
          <section class="card">
            <h2>{t('bul.summary')}</h2>
            <p style={{ 'white-space': 'pre-wrap' }}>{b().summary}</p>
          </section>
        </Show>
      </Show>
      <section class="card">
        <h2>{t('bul.rankings')}</h2>
        <div style={{ 'overflow-x': 'auto' }}>
          <table class="survey-table" data-testid="rankings">
            <thead>
              <tr>
                <th>{t('bul.rank')}</th>
                <th>{t('bul.contract')}</th>
                <th>{t('bul.vendor')}</th>
                <th>{t('bul.score')}</th>
                <th>{t('bul.band')}</th>
                <th>{t('bul.satisfaction')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              <For each={c().rankings}>
                {(r) => (
                  <tr data-verdict={r.verdict}>
                    <td>{r.rank}</td>
                    <td>{r.contractCode}</td>
                    <td>{r.vendorName}</td>
                    <td>{points(r.scoreCenti) ?? t('bul.no_data')}</td>
                    <td>{r.band ?? ''}</td>
                    <td>{percent(r.satisfactionBp) ?? '—'}</td>
                    <td>{t(`bul.verdict.${r.verdict}` as MessageKey)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </section>
      <section class="card">
        <h2>{t('bul.causes')}</h2>
        <ul>
          <For each={c().causes}>
            {(x) => (
              <li>
                {t('bul.cause_line', {
                  line: x.lineName,
                  major: x.majorFindings,
                  general: x.generalFindings,
                  complaints: x.complaints,
                })}
                <Show when={x.items.length}>：{x.items.join('；')}</Show>
              </li>
            )}
          </For>
        </ul>
        <h2>{t('bul.open_rectifications')}</h2>
        <ul>
          <For each={c().openRectifications}>
            {(r) => (
              <li>
                {r.contractCode} · {r.vendorName} · {r.itemCode} ·{' '}
                {formatDateTime(r.deadlineAt, locale(), tz())}
              </li>
            )}
          </For>
        </ul>
      </section>
      <Show
        when={draft() && auth.can('bulletins.manage')}
        fallback={
          <section class="card">
            <h2>{t('bul.measures')}</h2>
            <p style={{ 'white-space': 'pre-wrap' }}>{b().measures}</p>
          </section>
        }
      >
        <section class="card">
          <form
            class="form"
            onSubmit={(e) => {
              e.preventDefault();
              void save.run();
            }}
          >
            <FormAlert message={save.message()} />
            <Field label={t('bul.title_field')} errors={save.fieldErrors('title')}>
              {(ids) => (
                <input id={ids.id} value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
              )}
            </Field>
            <Field label={t('bul.summary')} errors={save.fieldErrors('summary')}>
              {(ids) => (
                <textarea
                  id={ids.id}
                  rows={4}
                  value={summary()}
                  onInput={(e) => setSummary(e.currentTarget.value)}
                />
              )}
            </Field>
            <Field label={t('bul.measures')} errors={save.fieldErrors('measures')}>
              {(ids) => (
                <textarea
                  id={ids.id}
                  rows={6}
                  value={measures()}
                  onInput={(e) => setMeasures(e.currentTarget.value)}
                />
              )}
            </Field>
            <div class="form-actions">
              <button type="submit" class="button button-primary" disabled={save.pending()}>
                {t('bul.save')}
              </button>
              <Show when={saved()}>
                <span class="hint" role="status">
                  {t('bul.saved')}
                </span>
              </Show>
            </div>
          </form>
        </section>
      </Show>
    </>
  );
}
