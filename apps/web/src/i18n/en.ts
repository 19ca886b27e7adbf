import { adminEn } from './admin-texts.ts';
import { authEn } from './auth-texts.ts';
import { catalogueEn } from './catalogue-texts.ts';
import { complaintsEn } from './complaints-texts.ts';
import { inspectionsEn } from './inspections-texts.ts';
import { outcomesEn } from './outcomes-texts.ts';
import { plansEn } from './plans-texts.ts';
import { rectificationEn } from './rectification-texts.ts';
import { settingsEn } from './settings-texts.ts';
import { surveyEn } from './survey-texts.ts';
import { tenderEn } from './tender-texts.ts';
import { vendorsEn } from './vendors-texts.ts';
import type { MessageKey } from './zh-cn.ts';

/** English texts. `satisfies` makes a missing or an extra key a compile error. */
export const en = {
  ...adminEn,
  ...authEn,
  ...catalogueEn,
  ...complaintsEn,
  ...surveyEn,
  ...vendorsEn,
  ...plansEn,
  ...inspectionsEn,
  ...rectificationEn,
  ...outcomesEn,
  ...settingsEn,
  ...tenderEn,
  'app.name': 'Steward',
  'app.tagline': 'Building services supervision',
  'app.skip_to_content': 'Skip to main content',
  'nav.label': 'Main navigation',
  'nav.more': 'More',
  'nav.home': 'Home',
  'nav.sites': 'Sites',
  'nav.people': 'People',
  'nav.grants': 'Grants',
  'nav.audit': 'Audit log',
  'nav.settings': 'Agency settings',
  'locale.label': 'Language',
  'home.title': 'Home',
  'home.welcome': 'Welcome to Steward',
  'home.intro':
    'Daily patrols, rectification tracking, satisfaction surveys and assessments for outsourced services in public buildings.',
  'system.title': 'System status',
  'system.version': 'Version',
  'system.runtime': 'Runtime',
  'system.runtime.node': 'Node.js',
  'system.runtime.workers': 'Cloudflare Workers',
  'system.database': 'Database',
  'system.database.pglite': 'Embedded (PGlite)',
  'system.database.postgres': 'PostgreSQL',
  'system.migrations': 'Migrations',
  'system.migrations.value': '{applied} of {expected} applied',
  'system.migrations.up_to_date': 'up to date',
  'system.migrations.behind': 'update needed',
  'system.server_time': 'Server time',
  'system.time_zone': 'Time zone: {zone}',
  'system.refresh': 'Refresh',
  'state.loading': 'Loading…',
  'state.error_title': 'Could not load the data',
  'state.request_id': 'Request id: {id}',
  'state.retry': 'Try again',
  'error.network': 'Cannot reach the server. Check the network and try again.',
  'error.unknown': 'Something went wrong. Try again later.',
  'not_found.title': 'Page not found',
  'not_found.back': 'Back to Home',
} as const satisfies Record<MessageKey, string>;
