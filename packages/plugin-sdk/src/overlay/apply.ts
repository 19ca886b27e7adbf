import type { Cadence, ChecklistItem, Localized, ServiceLinePlugin } from '../contract.ts';
import { isTenantCode } from '../validation/codes.ts';
import { tenantItemSchema } from '../validation/schema.ts';
import type {
  OverlayOperation,
  OverlayProblem,
  ResolvedCadence,
  ResolvedItem,
  ResolvedServiceLine,
  TenantOverlay,
} from './types.ts';

const why = (zh: string, en: string): Localized => ({ zh, en });
const DAYS = { day: 1, week: 7, month: 28, year: 365 } as const;

type WorkItem = { -readonly [K in keyof ResolvedItem]: ResolvedItem[K] };
type WorkCadence = { -readonly [K in keyof ResolvedCadence]: ResolvedCadence[K] };

/**
 * Applies a tenant's overlay to one plugin version. Pure: the plugin is not modified.
 * Operations that no longer fit this version (unknown code, bounds that moved) are returned as
 * `problems` with a reason in both languages; the rest still apply.
 */
export function applyOverlay(
  plugin: ServiceLinePlugin,
  overlay: TenantOverlay | undefined,
): { resolved: ResolvedServiceLine; problems: OverlayProblem[] } {
  const templates = plugin.checklistTemplates.map((t) => ({
    template: t,
    items: t.items.map((i): WorkItem => ({ ...i, origin: 'plugin', overridden: [] })),
  }));
  const cadences = plugin.cadences.map((c): WorkCadence => ({ ...c, overridden: [] }));
  const disabledItems = new Set<string>();
  const disabledCadences = new Set<string>();
  const problems: OverlayProblem[] = [];
  const findItem = (code: string) => templates.flatMap((t) => t.items).find((i) => i.code === code);
  const categories = new Set(plugin.categories.map((c) => c.code));
  const standards = new Set(plugin.standards.map((s) => s.code));

  const ops = overlay?.operations ?? [];
  if (overlay && overlay.pluginId !== plugin.id) {
    ops.forEach((operation, index) => {
      problems.push({
        index,
        operation,
        reason: why(
          `该调整属于插件“${overlay.pluginId}”，不适用于“${plugin.id}”`,
          `the overlay belongs to plugin "${overlay.pluginId}", not "${plugin.id}"`,
        ),
      });
    });
    return { resolved: finish(), problems };
  }

  ops.forEach((operation, index) => {
    const reason = applyOne(operation);
    if (reason) problems.push({ index, operation, reason });
  });
  return { resolved: finish(), problems };

  function missingItem(code: string): Localized {
    const retired = plugin.retired?.find((r) => r.code === code);
    const tail = retired
      ? {
          zh: `，已停用：${retired.reason.zh}${retired.replacedBy ? `（可改用 ${retired.replacedBy}）` : ''}`,
          en: ` — retired: ${retired.reason.en}${retired.replacedBy ? ` (consider ${retired.replacedBy})` : ''}`,
        }
      : { zh: '', en: '' };
    return why(
      `检查项“${code}”在 ${plugin.id} ${plugin.version} 中已不存在${tail.zh}`,
      `checklist item "${code}" no longer exists in ${plugin.id} ${plugin.version}${tail.en}`,
    );
  }

  function findCadence(code: string): WorkCadence | Localized {
    return (
      cadences.find((c) => c.code === code) ??
      why(
        `周期“${code}”在 ${plugin.id} ${plugin.version} 中已不存在`,
        `cadence "${code}" no longer exists in ${plugin.id} ${plugin.version}`,
      )
    );
  }

  function applyOne(op: OverlayOperation): Localized | undefined {
    switch (op.op) {
      case 'disable-item':
      case 'enable-item': {
        if (!findItem(op.item)) return missingItem(op.item);
        if (op.op === 'disable-item') disabledItems.add(op.item);
        else disabledItems.delete(op.item);
        return undefined;
      }
      case 'set-deduction': {
        const item = findItem(op.item);
        if (!item) return missingItem(op.item);
        const { min, max } = item.deduction;
        if (op.deduction < min || op.deduction > max)
          return why(
            `扣分 ${op.deduction} 超出“${op.item}”允许的范围 ${min}–${max}`,
            `deduction ${op.deduction} is outside the range ${min}–${max} that "${op.item}" allows in ${plugin.version}`,
          );
        item.deduction = { ...item.deduction, default: op.deduction };
        if (!item.overridden.includes('deduction')) item.overridden = [...item.overridden, 'deduction'];
        return undefined;
      }
      case 'set-severity': {
        const item = findItem(op.item);
        if (!item) return missingItem(op.item);
        item.severity = op.severity;
        if (!item.overridden.includes('severity')) item.overridden = [...item.overridden, 'severity'];
        return undefined;
      }
      case 'add-item':
        return addItem(op);
      case 'set-cadence': {
        const c = findCadence(op.cadence);
        if (!('code' in c)) return c;
        const every = op.every ?? c.every;
        const warningDays = op.warningDays ?? c.warningDays;
        if (!Number.isInteger(every.count) || every.count < 1)
          return why(
            '周期次数必须是不小于 1 的整数',
            'the cadence count must be a whole number of at least 1',
          );
        if (warningDays < 0 || warningDays >= DAYS[every.unit] * every.count)
          return why(
            `提前提醒天数 ${warningDays} 应小于周期长度`,
            `warningDays ${warningDays} must be shorter than the interval`,
          );
        c.every = every;
        c.warningDays = warningDays;
        const changed = [
          ...(op.every ? ['every' as const] : []),
          ...(op.warningDays !== undefined ? ['warningDays' as const] : []),
        ];
        c.overridden = [...new Set([...c.overridden, ...changed])];
        return undefined;
      }
      case 'disable-cadence':
      case 'enable-cadence': {
        const c = findCadence(op.cadence);
        if (!('code' in c)) return c;
        if (op.op === 'disable-cadence') disabledCadences.add(c.code);
        else disabledCadences.delete(c.code);
        return undefined;
      }
    }
  }

  function addItem(op: Extract<OverlayOperation, { op: 'add-item' }>): Localized | undefined {
    const target = templates.find((t) => t.template.code === op.template);
    if (!target)
      return why(
        `检查表“${op.template}”在 ${plugin.version} 中已不存在`,
        `template "${op.template}" no longer exists in ${plugin.version}`,
      );
    if (!isTenantCode(op.item.code))
      return why(
        `自定义检查项编码“${op.item.code}”必须以 x- 开头`,
        `the tenant's item code "${op.item.code}" must start with "x-"`,
      );
    if (findItem(op.item.code))
      return why(`检查项编码“${op.item.code}”已被使用`, `item code "${op.item.code}" is already in use`);
    const parsed = tenantItemSchema.safeParse(op.item);
    if (!parsed.success) {
      const first = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      return why(`自定义检查项无效：${first}`, `the tenant's item is invalid: ${first}`);
    }
    if (!categories.has(op.item.category))
      return why(
        `分类“${op.item.category}”在 ${plugin.version} 中不存在`,
        `category "${op.item.category}" does not exist in ${plugin.version}`,
      );
    if (op.item.standard !== undefined && !standards.has(op.item.standard))
      return why(
        `标准“${op.item.standard}”在 ${plugin.version} 中不存在`,
        `standard "${op.item.standard}" does not exist in ${plugin.version}`,
      );
    const { min, max, default: def } = op.item.deduction;
    if (!(min <= def && def <= max && max > 0 && max <= 100))
      return why(
        '扣分须满足 min ≤ 默认值 ≤ max 且 0 < max ≤ 100',
        'the deduction must satisfy min <= default <= max and 0 < max <= 100',
      );
    const item: WorkItem = { ...(op.item as ChecklistItem), origin: 'tenant', overridden: [] };
    const at = op.after === undefined ? -1 : target.items.findIndex((i) => i.code === op.after);
    // An `after` that vanished in an upgrade is not worth refusing the item for: it goes last.
    if (at < 0) target.items.push(item);
    else target.items.splice(at + 1, 0, item);
    return undefined;
  }

  function finish(): ResolvedServiceLine {
    return {
      ...plugin,
      checklistTemplates: templates.map(({ template, items }) => ({
        ...template,
        items: items.filter((i) => !disabledItems.has(i.code)),
        disabledItems: items.filter((i) => disabledItems.has(i.code)).map((i) => i.code),
      })),
      cadences: cadences.filter((c: Cadence) => !disabledCadences.has(c.code)),
      disabledCadences: [...disabledCadences],
    };
  }
}
