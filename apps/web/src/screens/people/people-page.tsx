import { t } from '../../i18n/locale.ts';
import { InvitationsSection } from './invitations-section.tsx';
import { PeopleSection } from './people-section.tsx';

export default function PeoplePage() {
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('people.title')}</h1>
        <p class="lead">{t('people.lead')}</p>
      </header>
      <PeopleSection />
      <InvitationsSection />
    </div>
  );
}
