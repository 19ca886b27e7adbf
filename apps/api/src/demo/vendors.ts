import {
  addDays,
  addMonths,
  creditCodeCheckCharacter,
  localDate,
  organisationCodeCheckCharacter,
} from '@steward/core';
import { appendAudit, type Database, schema } from '@steward/db';
import { and, eq } from 'drizzle-orm';
import { installedPlugins } from '../plugins.ts';
import { DEMO_HISTORY_MONTHS } from './history-months.ts';
import { DEMO_VENDOR_ACCOUNTS } from './people.ts';

/** A real-format 统一社会信用代码 (enterprise, market regulation) with both check characters right. */
function creditCode(region: string, body8: string): string {
  const first17 = `91${region}${body8}${organisationCodeCheckCharacter(body8)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** The five service lines of the seed, plus the cross-line checklist joint inspections use (R13). */
const DEMO_LINES = ['security', 'conference-cleaning', 'catering', 'elevator', 'fire', 'vendor-compliance'];

type Cert = { kind: string; number: string; validUntil: string | null };

/**
 * The demo agency's vendors, their licences and staff certificates (one licence expiring soon, one health
 * certificate expired), five contracts across the two sites with a general contractor, and the supervisor
 * assigned to every line. Runs inside the seeding transaction, in the tenant's scope.
 */
export async function seedDemoVendors(
  tx: Database,
  input: {
    tenantId: string;
    people: Record<string, string>;
    sites: { id: string; code: string }[];
    now: Date;
    /** the demo password's hash for the vendors' own accounts (none: they cannot sign in) */
    passwordHash?: string | null;
  },
) {
  const { tenantId, people, now } = input;
  const today = localDate(now.getTime(), 'Asia/Shanghai');
  const registry = installedPlugins();
  for (const pluginId of DEMO_LINES) {
    const release = registry.get(pluginId);
    if (!release) continue;
    await tx
      .insert(schema.tenantServiceLines)
      .values({
        tenantId,
        pluginId,
        source: release.source,
        pinnedVersion: release.plugin.version,
        enabledAt: now,
      })
      .onConflictDoNothing();
  }

  const vendor = async (
    legalName: string,
    code: string,
    address: string,
    contact: [string, string, string],
  ) => {
    const [row] = await tx
      .insert(schema.vendors)
      .values({
        tenantId,
        legalName,
        creditCode: code,
        address,
        contacts: [{ name: contact[0], role: contact[1], phone: contact[2] }],
      })
      .returning({ id: schema.vendors.id });
    return row!.id;
  };
  const security = await vendor(
    '示范市安达保安服务有限公司',
    creditCode('110105', 'MA01B2C3'),
    '示范市朝阳路12号',
    ['周保安', '项目经理', '13800000001'],
  );
  const cleaning = await vendor(
    '示范市洁美会务保洁服务有限公司',
    creditCode('110105', 'MA01D4E5'),
    '示范市和平街8号',
    ['陈洁', '项目经理', '13800000002'],
  );
  const catering = await vendor(
    '示范市禾丰餐饮管理有限公司',
    creditCode('110108', 'MA01F6G7'),
    '示范市丰收路66号',
    ['刘厨', '食堂经理', '13800000003'],
  );
  const elevator = await vendor(
    '示范市恒升电梯工程有限公司',
    creditCode('110108', '7K8L9M1N'),
    '示范市工业园3号',
    ['钱工', '维保负责人', '13800000004'],
  );
  const fire = await vendor(
    '示范市安消消防技术服务有限公司',
    creditCode('110106', '5P6Q7R8T'),
    '示范市消防路9号',
    ['吴工', '技术负责人', '13800000005'],
  );
  const gc = await vendor(
    '示范市城建物业管理有限公司',
    creditCode('110102', 'MA01H8J9'),
    '示范市建设路20号',
    ['孙物业', '项目总监', '13800000006'],
  );

  const quals: [string, string, string, string, string | null, string | null][] = [
    [
      security,
      'security_service_licence',
      '京公保服字第0123号',
      '示范市公安局',
      'security',
      addDays(today, 700),
    ],
    [cleaning, 'business_licence', creditCode('110105', 'MA01D4E5'), '示范市市场监督管理局', null, null],
    // The canteen's food operation licence lapses within the month: it shows as expiring soon.
    [
      catering,
      'food_operation_licence',
      'JY11108000012345',
      '示范市市场监督管理局',
      'catering',
      addDays(today, 18),
    ],
    [
      elevator,
      'elevator_maintenance',
      'TS3311088-2029',
      '示范市市场监督管理局',
      'elevator',
      addDays(today, 420),
    ],
    [fire, 'fire_technical_service', '京消技服字0456号', '示范市消防救援支队', 'fire', addDays(today, 560)],
    [gc, 'property_management', '示物协（一级）0078', '示范市物业管理协会', null, addDays(today, 300)],
  ];
  for (const [vendorId, kind, number, issuer, serviceLineId, validUntil] of quals) {
    await tx.insert(schema.vendorQualifications).values({
      tenantId,
      vendorId,
      kind,
      number,
      issuer,
      serviceLineId,
      validFrom: validUntil ? addDays(validUntil, -1095) : null,
      validUntil,
    });
  }

  const staff = async (vendorId: string, name: string, job: string, certs: Cert[]) => {
    const [row] = await tx
      .insert(schema.vendorStaff)
      .values({ tenantId, vendorId, name, job })
      .returning({ id: schema.vendorStaff.id });
    for (const cert of certs)
      await tx.insert(schema.staffCertificates).values({ tenantId, staffId: row!.id, ...cert });
  };
  await staff(security, '马卫东', '保安队长', [
    { kind: 'guard', number: '保安员证110105001', validUntil: null },
  ]);
  await staff(security, '黄建国', '门岗保安', [
    { kind: 'guard', number: '保安员证110105002', validUntil: null },
  ]);
  await staff(cleaning, '林秀英', '会务保洁', [
    { kind: 'health', number: '健2025-0311', validUntil: addDays(today, 12) },
  ]);
  await staff(cleaning, '何丽', '保洁员', [
    { kind: 'health', number: '健2025-0312', validUntil: addDays(today, 200) },
  ]);
  // An expired health certificate in the canteen (食品安全法 art. 45): visible on the vendor page and the list.
  await staff(catering, '张大厨', '厨师长', [
    { kind: 'health', number: '健2025-0101', validUntil: addDays(today, -5) },
  ]);
  await staff(catering, '李帮厨', '帮厨', [
    { kind: 'health', number: '健2025-0102', validUntil: addDays(today, 250) },
  ]);
  await staff(elevator, '钱志强', '电梯维保工', [
    { kind: 'special_equipment', number: 'T-2024-0088', validUntil: addDays(today, 900) },
  ]);
  await staff(fire, '吴海', '消防设施操作员', [
    { kind: 'fire_operator', number: '消操4-0567', validUntil: addDays(today, 640) },
  ]);

  const siteIds = input.sites.map((s) => s.id);
  const main = input.sites.find((s) => s.code === 'JG')?.id ?? siteIds[0]!;
  // A year of history for every contract; the elevator contract is in its third year, so its re-tender
  // (R22: every 3 years) is a month away and shows as an early warning.
  const since = (monthsAgo: number) => `${addMonths(today, -monthsAgo).slice(0, 7)}-01`;
  const contract = (
    line: string,
    title: string,
    vendorId: string,
    serviceLineId: string,
    sites: string[],
    priceFen: number,
    deposit: { depositKind: string; depositBasisPoints?: number; depositFen?: number },
    extra: Partial<typeof schema.contracts.$inferInsert> = {},
    startsOn = since(DEMO_HISTORY_MONTHS),
  ) =>
    tx.insert(schema.contracts).values({
      tenantId,
      code: `HT-${startsOn.slice(0, 4)}-${line}`,
      title,
      vendorId,
      serviceLineIds: [serviceLineId],
      siteIds: sites,
      startsOn,
      endsOn: addDays(addMonths(startsOn, 36), -1),
      priceFen,
      ...deposit,
      ...extra,
    });
  await contract(
    'BA-01',
    '机关大楼及行政事业中心安保服务合同',
    security,
    'security',
    siteIds,
    186_000_000,
    { depositKind: 'percent', depositBasisPoints: 500 },
    { generalContractorId: gc, satisfactionTargetBp: 9000 },
  );
  await contract(
    'HW-02',
    '会务及保洁服务合同',
    cleaning,
    'conference-cleaning',
    siteIds,
    125_000_000,
    { depositKind: 'percent', depositBasisPoints: 500 },
    { generalContractorId: gc, satisfactionTargetBp: 9000 },
  );
  await contract(
    'CY-03',
    '机关食堂餐饮服务合同',
    catering,
    'catering',
    [main],
    240_000_000,
    { depositKind: 'percent', depositBasisPoints: 800 },
    {
      generalContractorId: gc,
      satisfactionTargetBp: 9500,
      // Canteen satisfaction matters most here: the leaders' half-year assessment weighs more.
      weights: { daily: 400_000, monthly: 300_000, semiannual: 300_000, self: 0 },
    },
  );
  await contract(
    'DT-04',
    '电梯维护保养合同',
    elevator,
    'elevator',
    siteIds,
    36_000_000,
    { depositKind: 'amount', depositFen: 5_000_000 },
    { satisfactionTargetBp: 9000 },
    since(35),
  );
  await contract(
    'XF-05',
    '消防设施维护保养及检测合同',
    fire,
    'fire',
    siteIds,
    28_000_000,
    { depositKind: 'amount', depositFen: 3_000_000 },
    { satisfactionTargetBp: 9000 },
  );

  // The demo contractor acts for the security company, the general contractor's sign-in for the property firm.
  for (const [role, vendorId] of [
    ['contractor', security],
    ['general_contractor', gc],
  ] as const) {
    const userId = people[role];
    if (userId)
      await tx
        .update(schema.memberships)
        .set({ vendorId })
        .where(and(eq(schema.memberships.tenantId, tenantId), eq(schema.memberships.userId, userId)));
  }
  // Each other vendor answers its own notices and records its self-inspections under its own account.
  for (const [line, vendorId, name] of [
    ['conference-cleaning', cleaning, '陈洁'],
    ['catering', catering, '刘厨'],
    ['elevator', elevator, '钱工'],
    ['fire', fire, '吴工'],
  ] as const) {
    const [user] = await tx
      .insert(schema.users)
      .values({
        email: DEMO_VENDOR_ACCOUNTS[line]!,
        displayName: name,
        passwordHash: input.passwordHash ?? null,
      })
      .returning({ id: schema.users.id });
    await tx
      .insert(schema.memberships)
      .values({ tenantId, userId: user!.id, roles: ['contractor'], vendorId });
  }
  const supervisor = people.supervisor;
  if (supervisor) {
    for (const serviceLineId of DEMO_LINES.filter((l) => l !== 'vendor-compliance'))
      await tx.insert(schema.supervisorAssignments).values({ tenantId, userId: supervisor, serviceLineId });
  }
  await appendAudit(tx, { tenantId, userId: null }, now, {
    action: 'demo.seed.vendors',
    entity: 'tenant',
    entityId: tenantId,
    after: { vendors: 6, contracts: 5 },
    actorKind: 'system',
  });
  return { vendors: { security, cleaning, catering, elevator, fire, generalContractor: gc } };
}
