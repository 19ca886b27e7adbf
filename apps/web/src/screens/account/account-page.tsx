import { useNavigate } from '@solidjs/router';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { SessionsSection } from './sessions-section.tsx';
import { TotpSection } from './totp-section.tsx';

export default function AccountPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  return (
    <div class="page">
      <header class="page-header page-header-row">
        <div>
          <h1>{t('account.title')}</h1>
          <p class="lead">
            {t('account.signed_in_as', { name: auth.me()?.displayName ?? '', email: auth.me()?.email ?? '' })}
          </p>
        </div>
        <button
          type="button"
          class="button"
          data-testid="sign-out"
          onClick={async () => {
            await auth.signOut();
            navigate('/sign-in', { replace: true });
          }}
        >
          {t('shell.sign_out')}
        </button>
      </header>
      <TotpSection />
      <SessionsSection />
    </div>
  );
}
