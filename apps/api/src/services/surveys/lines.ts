import { type Database, schema, tenantFilter } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import { and, eq } from 'drizzle-orm';
import { latestQuestionnaire, pluginFor, pluginQuestions } from './questionnaires.ts';

const { tenantServiceLines, contracts } = schema;

/** Lines a tenant can survey: enabled in its catalogue or covered by one of its contracts. */
export async function surveyLines(tx: Database, tenantId: string, registry: PluginRegistry) {
  const enabled = await tx
    .select({ id: tenantServiceLines.pluginId })
    .from(tenantServiceLines)
    .where(and(tenantFilter(tenantServiceLines.tenantId, tenantId), eq(tenantServiceLines.enabled, true)));
  const contracted = await tx
    .select({ ids: contracts.serviceLineIds })
    .from(contracts)
    .where(tenantFilter(contracts.tenantId, tenantId));
  const ids = [...new Set([...enabled.map((r) => r.id), ...contracted.flatMap((r) => r.ids)])].sort();
  const out = [];
  for (const id of ids) {
    const plugin = await pluginFor(tx, tenantId, registry, id).catch(() => null);
    if (plugin?.scope !== 'line') continue;
    const latest = await latestQuestionnaire(tx, tenantId, id);
    out.push({
      serviceLineId: id,
      lineName: { zh: plugin.name.zh, en: plugin.name.en },
      version: latest?.version ?? 0,
      source: (latest?.source ?? 'plugin') as 'plugin' | 'tenant',
      questionCount: (latest?.questions ?? pluginQuestions(plugin)).length,
    });
  }
  return out;
}
