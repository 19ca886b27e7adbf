import { accountScreen } from './screens/account/screen.ts';
import { assignmentsScreen } from './screens/assignments/screen.ts';
import { auditScreen } from './screens/audit/screen.ts';
import { authScreens } from './screens/auth/screen.ts';
import { catalogueScreens } from './screens/catalogue/screen.ts';
import { complaintScreens } from './screens/complaints/screen.ts';
import { consequencesScreen } from './screens/consequences/screen.ts';
import { contractScreens } from './screens/contracts/screen.ts';
import { grantsScreen } from './screens/grants/screen.ts';
import { homeScreen } from './screens/home/screen.ts';
import { inspectionScreens } from './screens/inspections/screen.ts';
import { outcomeScreens } from './screens/outcomes/screen.ts';
import { peopleScreen } from './screens/people/screen.ts';
import { plansScreens } from './screens/plans/screen.ts';
import { rectificationScreens } from './screens/rectifications/screen.ts';
import { scoreScreens } from './screens/scores/screen.ts';
import { settingsScreen } from './screens/settings/screen.ts';
import { sitesScreen } from './screens/sites/screen.ts';
import { surveyScreens } from './screens/surveys/screen.ts';
import { vendorScreens } from './screens/vendors/screen.ts';
import type { Screen } from './shell/screen.ts';

/** Every screen of the app, in no particular order: routes and navigation are derived from this list. */
export const screens: readonly Screen[] = [
  homeScreen,
  ...authScreens,
  ...catalogueScreens,
  ...complaintScreens,
  ...plansScreens,
  ...inspectionScreens,
  ...vendorScreens,
  ...contractScreens,
  assignmentsScreen,
  accountScreen,
  sitesScreen,
  ...surveyScreens,
  peopleScreen,
  grantsScreen,
  auditScreen,
  settingsScreen,
  ...rectificationScreens,
  ...scoreScreens,
  consequencesScreen,
  ...outcomeScreens,
];
