import { addDays, fromLocal, localDate, nearestWorkingDay } from '@steward/core';
import { appendAudit, type Database, schema } from '@steward/db';
import { resolveTemplate, type TemplateSnapshot } from '@steward/plugin-sdk';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { EvidenceBlob } from '../generate/history.ts';
import { installedPlugins } from '../plugins.ts';
import { lineWithRelease } from '../services/catalogue/lines.ts';
import {
  rectificationDeadline,
  rectificationPolicyOf,
  tenantCalendar,
} from '../services/rectifications/policy.ts';
import { monthsEndingAt } from '../services/scores/month.ts';

const TZ = 'Asia/Shanghai';
const DAY = 86_400_000;

async function patrolSnapshot(
  tx: Database,
  tenantId: string,
  pluginId: string,
): Promise<TemplateSnapshot | null> {
  const { release, overlay } = await lineWithRelease(tx, tenantId, installedPlugins(), pluginId);
  const template =
    release.plugin.checklistTemplates.find((t) => t.inspectionKinds.includes('patrol')) ??
    release.plugin.checklistTemplates[0];
  if (!template) return null;
  const { snapshot } = resolveTemplate(release.plugin, overlay, template.code);
  await tx
    .insert(schema.templateSnapshots)
    .values({
      tenantId,
      hash: snapshot.hash,
      pluginId,
      pluginVersion: snapshot.plugin.version,
      templateCode: snapshot.template.code,
      content: snapshot,
    })
    .onConflictDoNothing();
  return snapshot.items.length > 0 ? snapshot : null;
}

/**
 * The last three months' patrols for the demo contracts (the months before, and the joint, leadership and
 * self-inspections, come from history-months.ts): patrols on working days with a finding or two each
 * (and an N/A) with a photo, notices verified fixed, one failed twice (an exit-warning proposal waiting for the
 * leader), one open and overdue, one still running; an approved bonus and one waiting for approval.
 */
export async function seedDemoSupervisionHistory(
  tx: Database,
  input: { tenantId: string; people: Record<string, string>; now: Date; blobs?: EvidenceBlob[] },
) {
  const { tenantId, people, now } = input;
  const supervisor = people.supervisor!;
  const leader = people.leader!;
  const photos = (input.blobs ?? []).filter((b) => b.contentType === 'image/png');
  const accounts = await tx
    .select({ userId: schema.memberships.userId, vendorId: schema.memberships.vendorId })
    .from(schema.memberships)
    .where(and(eq(schema.memberships.tenantId, tenantId), isNotNull(schema.memberships.vendorId)));
  const calendar = tenantCalendar({ timeZone: TZ, settings: {} });
  const policy = rectificationPolicyOf({});
  const today = localDate(now.getTime(), TZ);
  // In the order the contracts were numbered (…-01 security first): the stories below pick them by place.
  const contracts = (
    await tx
      .select()
      .from(schema.contracts)
      .where(and(eq(schema.contracts.tenantId, tenantId), eq(schema.contracts.status, 'active')))
  ).sort((a, b) => (a.code.slice(-2) < b.code.slice(-2) ? -1 : 1));
  let inspections = 0;
  let notices = 0;
  for (const [c, contract] of contracts.entries()) {
    // The vendor's own account answers its notices (the demo contractor's if it has none).
    const contractor = accounts.find((a) => a.vendorId === contract.vendorId)?.userId ?? people.contractor!;
    const pluginId = contract.serviceLineIds[0];
    const siteId = contract.siteIds[0];
    if (!pluginId || !siteId) continue;
    const snapshot = await patrolSnapshot(tx, tenantId, pluginId).catch(() => null);
    if (!snapshot) continue;
    const items = snapshot.items.slice(0, 6);
    const months = monthsEndingAt(today.slice(0, 7), 3);
    for (const [m, month] of months.entries()) {
      for (const [p, day] of [4, 11, 18].entries()) {
        const on = nearestWorkingDay(calendar, `${month}-${String(day + c).padStart(2, '0')}`);
        if (on >= today) continue;
        const at = new Date(fromLocal(on, 10 * 3_600_000, TZ));
        const [inspection] = await tx
          .insert(schema.inspections)
          .values({
            tenantId,
            contractId: contract.id,
            serviceLineId: pluginId,
            siteId,
            kind: 'patrol',
            scope: 'line',
            source: 'internal',
            pluginId,
            pluginVersion: snapshot.plugin.version,
            templateCode: snapshot.template.code,
            templateHash: snapshot.hash,
            status: 'draft',
            inspectorUserId: supervisor,
            startedAt: at,
            submittedAt: at,
            inspectedOn: on,
          })
          .returning();
        // One finding per patrol on a rotating item, a second one now and then; an N/A where allowed.
        const findingAt = (m * 3 + p + c) % items.length;
        const results = items.map((item, i) => {
          const finding = i === findingAt || (i === (findingAt + 2) % items.length && (m + p + c) % 4 === 0);
          const na = !finding && item.allowNA && i === (findingAt + 1) % items.length;
          return {
            tenantId,
            inspectionId: inspection!.id,
            itemCode: item.code,
            result: finding ? 'nonconform' : na ? 'na' : 'conform',
            severity: item.severity,
            deductionCenti: finding ? Math.round(item.deduction.default * 100) : 0,
            note: finding ? '现场发现，已拍照告知' : '',
          };
        });
        const inserted = await tx.insert(schema.inspectionResults).values(results).returning();
        // A photo of each finding, taken on the spot (files from the history's evidence set).
        const found = inserted.filter((r) => r.result === 'nonconform');
        if (photos.length > 0 && found.length > 0)
          await tx.insert(schema.evidence).values(
            found.map((r, i) => {
              const photo = photos[(m + p + c + i) % photos.length]!;
              return {
                tenantId,
                inspectionId: inspection!.id,
                itemCode: r.itemCode,
                kind: 'photo',
                blobKey: photo.key,
                contentType: photo.contentType,
                sizeBytes: photo.size,
                sha256: photo.sha256,
                originalName: '现场照片.png',
                capturedAt: at,
                receivedAt: at,
                uploadedBy: supervisor,
              };
            }),
          );
        await tx
          .update(schema.inspections)
          .set({ status: 'submitted' })
          .where(eq(schema.inspections.id, inspection!.id));
        inspections++;
        // Rectification notices for the first finding of each patrol.
        const result = inserted.find((r) => r.result === 'nonconform');
        if (!result) continue;
        const severity = result.severity === 'major' ? 'major' : 'general';
        const issuedAt = new Date(at.getTime() + 3_600_000);
        const deadlineAt = rectificationDeadline(issuedAt, severity, policy, calendar);
        const base = {
          tenantId,
          contractId: contract.id,
          inspectionId: inspection!.id,
          resultId: result.id,
          itemCode: result.itemCode,
          severity,
          instructions: '请按标准整改并上传整改后照片',
          issuedBy: supervisor,
        };
        const answered = new Date(Math.min(deadlineAt.getTime() - 3_600_000, now.getTime() - DAY));
        const recent = now.getTime() - issuedAt.getTime() < 3 * DAY;
        const failTwice = c === 0 && m === 1 && p === 0;
        if (recent) {
          await tx.insert(schema.rectifications).values({ ...base, issuedAt, deadlineAt });
          notices++;
          continue;
        }
        if (c === 1 && m === months.length - 1 && p === 0) {
          // Unanswered past its deadline: overdue on every list.
          await tx.insert(schema.rectifications).values({ ...base, issuedAt, deadlineAt });
          notices++;
          continue;
        }
        const verifiedAt = new Date(Math.max(answered.getTime() + 3_600_000, deadlineAt.getTime()));
        const [first] = await tx
          .insert(schema.rectifications)
          .values({
            ...base,
            issuedAt,
            deadlineAt,
            status: failTwice ? 'not_fixed' : 'fixed',
            response: failTwice ? '已安排整改' : '已按要求整改，见照片',
            respondedAt: answered,
            respondedBy: contractor,
            verifiedAt,
            verifiedBy: supervisor,
            verificationNote: failTwice ? '复查时问题依旧' : '复查合格',
          })
          .returning();
        notices++;
        if (!failTwice) continue;
        const secondDeadline = rectificationDeadline(verifiedAt, severity, policy, calendar);
        const secondVerified = new Date(Math.min(secondDeadline.getTime() + DAY, now.getTime() - DAY));
        const [second] = await tx
          .insert(schema.rectifications)
          .values({
            ...base,
            round: 2,
            previousId: first!.id,
            issuedAt: verifiedAt,
            deadlineAt: secondDeadline,
            status: 'not_fixed',
            instructions: '复查时问题依旧',
            verifiedAt: secondVerified,
            verifiedBy: supervisor,
            verificationNote: '逾期仍未整改',
          })
          .returning();
        await tx.insert(schema.rectifications).values({
          ...base,
          round: 3,
          previousId: second!.id,
          issuedAt: secondVerified,
          deadlineAt: rectificationDeadline(secondVerified, severity, policy, calendar),
          instructions: '逾期仍未整改',
        });
        await tx.insert(schema.consequences).values({
          tenantId,
          contractId: contract.id,
          kind: 'exit_warning',
          key: `exit_warning:finding:${result.id}`,
          facts: [
            { type: 'rectification', id: first!.id, note: 'round 1: not_fixed — 复查时问题依旧' },
            { type: 'rectification', id: second!.id, note: 'round 2: not_fixed — 逾期仍未整改' },
            { type: 'inspection_result', id: result.id, note: result.itemCode },
            { type: 'inspection', id: inspection!.id },
          ],
          proposedAt: secondVerified,
          proposedBy: supervisor,
        });
        notices += 2;
      }
    }
    if (c === 0) {
      const lastMonth = months[months.length - 2]!;
      await tx.insert(schema.scoreBonuses).values([
        {
          tenantId,
          contractId: contract.id,
          month: lastMonth,
          level: 'monthly',
          pointsCenti: 200,
          reason: '重大会议安保零差错，获市委办公厅书面表扬',
          enteredBy: supervisor,
          enteredAt: new Date(now.getTime() - 20 * DAY),
          approvedBy: leader,
          approvedAt: new Date(now.getTime() - 19 * DAY),
        },
        {
          tenantId,
          contractId: contract.id,
          month: today.slice(0, 7),
          level: 'monthly',
          pointsCenti: 100,
          reason: '消防演练组织经验被兄弟单位采用',
          enteredBy: supervisor,
          enteredAt: new Date(now.getTime() - DAY),
        },
      ]);
    }
  }
  await appendAudit(tx, { tenantId, userId: null }, now, {
    action: 'demo.seed.supervision',
    entity: 'tenant',
    entityId: tenantId,
    after: { inspections, notices, from: addDays(today, -90) },
    actorKind: 'system',
  });
  return { inspections, notices };
}
