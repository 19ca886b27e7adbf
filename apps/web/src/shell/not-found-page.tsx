import { A } from '@solidjs/router';
import { t } from '../i18n/locale.ts';

export default function NotFoundPage() {
  return (
    <div class="page">
      <h1>{t('not_found.title')}</h1>
      <p>
        <A href="/" class="button">
          {t('not_found.back')}
        </A>
      </p>
    </div>
  );
}
