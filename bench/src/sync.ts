import { randomUUID } from 'node:crypto';
import { type Database, inTenant, schema } from '@steward/db';
import type { TemplateSnapshot } from '@steward/plugin-sdk';
import { contentHash } from '@steward/plugin-sdk';

/**
 * Section d's set-up: a 1,000-item checklist (a large agency's merged standards) frozen as a snapshot,
 * and a draft inspection on it, so one submission carries 1,000 results.
 */
export async function draftWithItems(
  db: Database,
  input: { tenantId: string; contractId: string; inspectorUserId: string; items: number; day: string },
) {
  const items = Array.from({ length: input.items }, (_, i) => ({
    code: `BENCH-${String(i + 1).padStart(4, '0')}`,
    category: `BENCH-C${Math.floor(i / 50) + 1}`,
    text: { zh: `检查项 ${i + 1}`, en: `Check item ${i + 1}` },
    severity: i % 10 === 0 ? 'major' : 'general',
    deduction: { min: 1, max: 5, default: 2 },
    allowNA: i % 7 === 0,
    evidence: [],
    origin: 'plugin',
  }));
  const body = {
    format: 1,
    plugin: { id: 'security', version: '1.0.0', apiVersion: 1 },
    template: {
      code: 'BENCH-1000',
      name: { zh: '千项检查表', en: '1,000-item checklist' },
      inspectionKinds: ['patrol'],
    },
    items,
    categories: [],
    standards: [],
    overlayHash: null,
    siteTags: null,
  };
  const snapshot = { ...body, hash: contentHash(body) } as unknown as TemplateSnapshot;
  return inTenant(db, { tenantId: input.tenantId, userId: null }, async (tx) => {
    await tx
      .insert(schema.templateSnapshots)
      .values({
        tenantId: input.tenantId,
        hash: snapshot.hash,
        pluginId: 'security',
        pluginVersion: '1.0.0',
        templateCode: 'BENCH-1000',
        content: snapshot,
      })
      .onConflictDoNothing();
    const [row] = await tx
      .insert(schema.inspections)
      .values({
        tenantId: input.tenantId,
        contractId: input.contractId,
        serviceLineId: 'security',
        kind: 'patrol',
        scope: 'line',
        source: 'internal',
        pluginId: 'security',
        pluginVersion: '1.0.0',
        templateCode: 'BENCH-1000',
        templateHash: snapshot.hash,
        inspectorUserId: input.inspectorUserId,
        startedAt: new Date(),
        inspectedOn: input.day,
      })
      .returning({ id: schema.inspections.id });
    return {
      inspectionId: row!.id,
      results: items.map((item, i) => ({
        itemCode: item.code,
        result: i % 25 === 0 ? 'nonconform' : i % 7 === 0 ? 'na' : 'conform',
        ...(i % 25 === 0 ? { deductionCenti: 200 } : {}),
      })),
      clientSubmissionId: randomUUID(),
    };
  });
}

/** POSTs the whole checklist in one submission through the real HTTP stack; returns the milliseconds. */
export async function submitOnce(
  appUrl: string,
  cookie: string,
  draft: Awaited<ReturnType<typeof draftWithItems>>,
): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${appUrl}/trpc/inspections.submit`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify({
      inspectionId: draft.inspectionId,
      clientSubmissionId: draft.clientSubmissionId,
      results: draft.results,
    }),
  });
  const text = await res.text();
  const ms = performance.now() - t;
  if (res.status !== 200) throw new Error(`submit answered ${res.status}: ${text.slice(0, 300)}`);
  return ms;
}
