import { z } from 'zod';
import type {
  Cadence,
  ChecklistItem,
  ChecklistTemplate,
  Localized,
  Period,
  ServiceLinePlugin,
  Severity,
} from '../contract.ts';
import { SEVERITIES } from '../contract.ts';
import { periodSchema, tenantItemSchema } from '../validation/schema.ts';

/**
 * A tenant's changes to a plugin, keyed by stable codes so they survive plugin upgrades.
 * Operations apply in order; a later one wins.
 */
export type OverlayOperation =
  | { readonly op: 'disable-item'; readonly item: string; readonly reason?: string }
  | { readonly op: 'enable-item'; readonly item: string }
  /** the tenant's own item; its code must start with "x-" so it never collides with a plugin's */
  | {
      readonly op: 'add-item';
      readonly template: string;
      readonly item: ChecklistItem;
      readonly after?: string;
    }
  /** the default deduction; must stay within the plugin's allowed range (min..max) */
  | { readonly op: 'set-deduction'; readonly item: string; readonly deduction: number }
  | { readonly op: 'set-severity'; readonly item: string; readonly severity: Severity }
  | {
      readonly op: 'set-cadence';
      readonly cadence: string;
      readonly every?: Period;
      readonly warningDays?: number;
    }
  | { readonly op: 'disable-cadence'; readonly cadence: string }
  | { readonly op: 'enable-cadence'; readonly cadence: string };

export type OverlayOperationKind = OverlayOperation['op'];

export interface TenantOverlay {
  readonly pluginId: string;
  /** the plugin version the overlay was last edited against (for the UI; applying does not need it) */
  readonly basedOn?: string;
  readonly operations: readonly OverlayOperation[];
}

/** An operation that cannot apply to this plugin version, and why. Never silently dropped. */
export interface OverlayProblem {
  readonly index: number;
  readonly operation: OverlayOperation;
  readonly reason: Localized;
}

export interface ResolvedItem extends ChecklistItem {
  readonly origin: 'plugin' | 'tenant';
  /** fields the tenant changed */
  readonly overridden: readonly ('deduction' | 'severity')[];
}

export interface ResolvedTemplate extends Omit<ChecklistTemplate, 'items'> {
  /** enabled items only, in order */
  readonly items: readonly ResolvedItem[];
  readonly disabledItems: readonly string[];
}

export interface ResolvedCadence extends Cadence {
  readonly overridden: readonly ('every' | 'warningDays')[];
}

/** A plugin as one tenant sees it: the plugin's defaults with the tenant's overlay applied. */
export interface ResolvedServiceLine extends Omit<ServiceLinePlugin, 'checklistTemplates' | 'cadences'> {
  readonly checklistTemplates: readonly ResolvedTemplate[];
  /** enabled cadences only */
  readonly cadences: readonly ResolvedCadence[];
  readonly disabledCadences: readonly string[];
}

const code = z.string().min(1);

/** For the API: validates the shape of an overlay a tenant submits. */
export const overlaySchema = z.strictObject({
  pluginId: code,
  basedOn: z.string().optional(),
  operations: z.array(
    z.discriminatedUnion('op', [
      z.strictObject({ op: z.literal('disable-item'), item: code, reason: z.string().optional() }),
      z.strictObject({ op: z.literal('enable-item'), item: code }),
      z.strictObject({
        op: z.literal('add-item'),
        template: code,
        item: tenantItemSchema,
        after: code.optional(),
      }),
      z.strictObject({ op: z.literal('set-deduction'), item: code, deduction: z.number().min(0) }),
      z.strictObject({ op: z.literal('set-severity'), item: code, severity: z.enum(SEVERITIES) }),
      z.strictObject({
        op: z.literal('set-cadence'),
        cadence: code,
        every: periodSchema.optional(),
        warningDays: z.int().min(0).optional(),
      }),
      z.strictObject({ op: z.literal('disable-cadence'), cadence: code }),
      z.strictObject({ op: z.literal('enable-cadence'), cadence: code }),
    ]),
  ),
});
