import { rolesAllowing } from '@steward/access';
import { z } from 'zod';
import type { SupervisionCtx } from '../../services/contracts/context.ts';
import { listContracts } from '../../services/contracts/contracts.ts';
import { expiringPermits } from '../../services/vendors/expiry.ts';
import { linkedMembers, setMemberVendor, vendorMemberCandidates } from '../../services/vendors/members.ts';
import {
  addCertificate,
  addQualification,
  addStaff,
  updateCertificate,
  updateQualification,
  updateStaff,
  vendorPermits,
} from '../../services/vendors/permits.ts';
import {
  createVendor,
  findVisibleVendor,
  listVendors,
  updateVendor,
  vendorOut,
} from '../../services/vendors/vendors.ts';
import { router } from '../init.ts';
import { partialUpdate } from '../partial-update.ts';
import { tenantProcedure } from '../procedures.ts';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);

const contact = z.object({
  name: text(50).min(1),
  role: text(50).default(''),
  phone: text(30).default(''),
  email: z.email().max(254).optional(),
});

const vendorFields = z.object({
  legalName: text(100).min(1),
  // The check characters are verified by assertCreditCode, with the expected one named in the message.
  creditCode: text(40).min(1),
  address: text(200).default(''),
  contacts: z.array(contact).max(20).default([]),
  status: z.enum(['active', 'suspended', 'exited']).default('active'),
});

const qualificationFields = z.object({
  kind: text(64).min(1),
  number: text(64).min(1),
  issuer: text(100).default(''),
  serviceLineId: text(64).min(1).nullable().default(null),
  validFrom: isoDate.nullable().default(null),
  validUntil: isoDate.nullable().default(null),
});

const staffFields = z.object({
  name: text(50).min(1),
  job: text(50).min(1),
  phone: text(30).default(''),
  active: z.boolean().default(true),
});

const certificateFields = z.object({
  kind: text(64).min(1),
  number: text(64).default(''),
  validUntil: isoDate.nullable().default(null),
});

const c = (ctx: unknown) => ctx as SupervisionCtx;

export const vendorsRouter = router({
  list: tenantProcedure('vendors.read')
    .input(z.object({ status: z.enum(['active', 'suspended', 'exited']).optional() }).optional())
    .query(({ ctx, input }) => listVendors(c(ctx), { status: input?.status })),

  /** The vendor page: profile, licences and qualifications, staff and certificates, contracts, members. */
  get: tenantProcedure('vendors.read')
    .input(z.object({ id: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const vendor = await findVisibleVendor(c(ctx), input.id);
      const permits = await vendorPermits(c(ctx), vendor.id);
      const canReadContracts = rolesAllowing(ctx.principal.roles, 'contracts.read') !== undefined;
      const contracts = canReadContracts
        ? (await listContracts(c(ctx), {})).filter(
            (k) => k.vendorId === vendor.id || k.generalContractorId === vendor.id,
          )
        : [];
      const manage = rolesAllowing(ctx.principal.roles, 'vendors.manage') !== undefined;
      return {
        vendor: vendorOut(vendor),
        ...permits,
        contracts: contracts.map((k) => ({
          id: k.id,
          code: k.code,
          title: k.title,
          status: k.status,
          startsOn: k.startsOn,
          endsOn: k.endsOn,
          role: k.vendorId === vendor.id ? ('vendor' as const) : ('general_contractor' as const),
        })),
        members: manage ? await linkedMembers(c(ctx), vendor.id) : [],
      };
    }),

  create: tenantProcedure('vendors.manage')
    .input(vendorFields)
    .mutation(({ ctx, input }) => createVendor(c(ctx), input)),

  update: tenantProcedure('vendors.manage')
    .input(partialUpdate(vendorFields).extend({ id: z.uuid() }))
    .mutation(({ ctx, input }) => {
      const { id, ...changes } = input;
      return updateVendor(c(ctx), id, changes);
    }),

  addQualification: tenantProcedure('vendors.manage')
    .input(qualificationFields.extend({ vendorId: z.uuid() }))
    .mutation(({ ctx, input }) => {
      const { vendorId, ...fields } = input;
      return addQualification(c(ctx), vendorId, fields);
    }),

  updateQualification: tenantProcedure('vendors.manage')
    .input(partialUpdate(qualificationFields).extend({ id: z.uuid() }))
    .mutation(({ ctx, input }) => {
      const { id, ...fields } = input;
      return updateQualification(c(ctx), id, fields);
    }),

  addStaff: tenantProcedure('vendors.manage')
    .input(staffFields.extend({ vendorId: z.uuid() }))
    .mutation(({ ctx, input }) => {
      const { vendorId, ...fields } = input;
      return addStaff(c(ctx), vendorId, fields);
    }),

  updateStaff: tenantProcedure('vendors.manage')
    .input(partialUpdate(staffFields).extend({ id: z.uuid() }))
    .mutation(({ ctx, input }) => {
      const { id, ...fields } = input;
      return updateStaff(c(ctx), id, fields);
    }),

  addCertificate: tenantProcedure('vendors.manage')
    .input(certificateFields.extend({ staffId: z.uuid() }))
    .mutation(({ ctx, input }) => {
      const { staffId, ...fields } = input;
      return addCertificate(c(ctx), staffId, fields);
    }),

  updateCertificate: tenantProcedure('vendors.manage')
    .input(partialUpdate(certificateFields).extend({ id: z.uuid() }))
    .mutation(({ ctx, input }) => {
      const { id, ...fields } = input;
      return updateCertificate(c(ctx), id, fields);
    }),

  /** Tenant-wide: licences and certificates expired or expiring within the horizon, soonest first. */
  expiring: tenantProcedure('vendors.read')
    .input(z.object({ withinDays: z.number().int().min(0).max(366).optional() }).optional())
    .query(({ ctx, input }) => expiringPermits(c(ctx), input?.withinDays)),

  /** Contractor and general-contractor members, with the vendor each acts for now. */
  memberCandidates: tenantProcedure('vendors.manage').query(({ ctx }) => vendorMemberCandidates(c(ctx))),

  /** Links a contractor member to the vendor it acts for (vendorId null unlinks). */
  linkMember: tenantProcedure('vendors.manage')
    .input(z.object({ membershipId: z.uuid(), vendorId: z.uuid().nullable() }))
    .mutation(({ ctx, input }) => setMemberVendor(c(ctx), input.membershipId, input.vendorId)),
});
