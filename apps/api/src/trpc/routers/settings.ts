import { localDate, yearOf } from '@steward/core';
import {
  coverageOf,
  daysOf,
  labelledCalendar,
  readOverrides,
} from '../../services/settings/calendar-overrides.ts';
import { monthView } from '../../services/settings/month.ts';
import {
  addOverrideInput,
  monthInput,
  removeOverridesInput,
  rulesInput,
} from '../../services/settings/schemas.ts';
import {
  addCalendarOverride,
  calendarView,
  removeCalendarOverrides,
  rulesOf,
  updateRules,
} from '../../services/settings/service.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';

/**
 * The tenant's rules and working calendar, for its admins (`tenant.manage`). Changes apply to items
 * created afterwards: rectification and appeal deadlines are stored when computed, and complaint clocks
 * keep the rules in force when the complaint was received.
 */
export const settingsRouter = router({
  rules: tenantProcedure('tenant.manage').query(({ ctx }) => rulesOf(ctx.tenant.settings)),

  updateRules: tenantProcedure('tenant.manage')
    .input(rulesInput)
    .mutation(({ ctx, input }) => updateRules(ctx, input)),

  calendar: tenantProcedure('tenant.manage').query(({ ctx }) => calendarView(ctx)),

  calendarMonth: tenantProcedure('tenant.manage')
    .input(monthInput)
    .query(({ ctx, input }) => monthView(labelledCalendar(ctx.tenant), input.month)),

  addCalendarOverride: tenantProcedure('tenant.manage')
    .input(addOverrideInput)
    .mutation(async ({ ctx, input }) => {
      const settings = await addCalendarOverride(ctx, input, daysOf(input.from, input.to));
      return calendarView({ now: ctx.now, tenant: { ...ctx.tenant, settings } });
    }),

  removeCalendarOverrides: tenantProcedure('tenant.manage')
    .input(removeOverridesInput)
    .mutation(async ({ ctx, input }) => {
      const settings = await removeCalendarOverrides(ctx, input.dates);
      return calendarView({ now: ctx.now, tenant: { ...ctx.tenant, settings } });
    }),

  /**
   * Years around today without official holiday data or overrides: screens that compute deadlines warn
   * with it. Every member may ask (it reveals no more than the calendar every deadline already shows).
   */
  calendarCoverage: tenantProcedure('tenant.read').query(({ ctx }) => {
    const year = yearOf(localDate(ctx.now.getTime(), ctx.tenant.timeZone));
    const coverage = coverageOf(readOverrides(ctx.tenant.settings), [year, year + 1]);
    return { missingYears: coverage.filter((c) => c.missing).map((c) => c.year) };
  }),
});
