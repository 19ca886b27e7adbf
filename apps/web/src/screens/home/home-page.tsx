import { t } from '../../i18n/locale.ts';
import { SystemInfoPanel } from './system-info-panel.tsx';

export default function HomePage() {
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('home.welcome')}</h1>
        <p class="lead">{t('home.intro')}</p>
      </header>
      <SystemInfoPanel />
    </div>
  );
}
