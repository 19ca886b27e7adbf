import { A, useParams } from '@solidjs/router';
import { createResource, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import './surveys.css';

/**
 * An A4 poster to print (the browser's print dialog; print CSS hides the app around it): the round's title,
 * instructions in Chinese and the QR code. The QR encoder is loaded only here.
 */
export default function PosterPage() {
  const params = useParams<{ id: string }>();
  const poster = createLoader(() => api.surveys.poster.query({ roundId: params.id }));
  const [qr] = createResource(
    () => poster.data()?.link ?? undefined,
    async (link) => {
      const mod = await import('qrcode');
      const toDataURL = mod.toDataURL ?? mod.default.toDataURL;
      return toDataURL(link, { errorCorrectionLevel: 'M', margin: 1, width: 720 });
    },
  );
  return (
    <div class="page">
      <p class="no-print">
        <A href={`/surveys/rounds/${params.id}`}>← {t('survey.results')}</A>{' '}
        <button type="button" class="button button-primary" onClick={() => window.print()}>
          {t('survey.poster_print')}
        </button>
      </p>
      <Loaded loader={poster}>
        {(p) => (
          <Show when={p().link} fallback={<p class="form-alert">{t('survey.poster_disabled')}</p>}>
            <article class="poster" lang="zh-CN" data-testid="survey-poster">
              <p class="poster-tenant">{p().tenantName}</p>
              <h1>{p().title}</h1>
              <p class="poster-instructions">{t('survey.poster_instructions')}</p>
              <Show when={qr.state === 'ready' && qr()}>
                {(src) => <img class="poster-qr" src={src()} alt={p().link ?? ''} width="360" height="360" />}
              </Show>
              <p class="poster-closes">{t('survey.poster_closes', { date: p().closesOn })}</p>
              <p class="hint">{t('survey.poster_anonymous')}</p>
            </article>
          </Show>
        )}
      </Loaded>
    </div>
  );
}
