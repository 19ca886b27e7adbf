import { z } from 'zod';
import { correctInspection } from '../../services/inspections/correct.ts';
import { clearResult, detachEvidence, saveDetails, saveResult } from '../../services/inspections/draft.ts';
import { externalTargets, listCertificates } from '../../services/inspections/external.ts';
import { addParticipant } from '../../services/inspections/participants.ts';
import { getInspection, listInspections } from '../../services/inspections/read.ts';
import { PARTIES, startInspection } from '../../services/inspections/start.ts';
import { signInspection, submitInspection } from '../../services/inspections/submit.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';

const code = z.string().trim().min(1).max(100);
const isoDate = z.iso.date();

const resultInput = z.object({
  itemCode: code,
  result: z.enum(['conform', 'nonconform', 'na']),
  /** points × 100 */
  deductionCenti: z.number().int().min(0).max(10_000).optional(),
  measurement: z.number().finite().nullable().optional(),
  note: z.string().max(2000).optional(),
});

const target = {
  contractId: z.uuid().optional(),
  serviceLineId: code.nullable().optional(),
  siteId: z.uuid().nullable().optional(),
};

const recordValue = z.union([z.string().max(2000), z.number().finite(), z.boolean(), z.null()]);

/** Inspections (检查记录) on a phone: start, fill in as a server-side draft, submit once, sign, correct. */
export const inspectionsRouter = router({
  start: tenantProcedure('inspections.record')
    .input(
      z.object({
        planId: z.uuid().optional(),
        ...target,
        kind: z.enum(['patrol', 'joint', 'leadership', 'spot']).optional(),
        templateCode: code.optional(),
        participants: z
          .array(z.object({ userId: z.uuid(), party: z.enum(PARTIES) }))
          .max(30)
          .optional(),
      }),
    )
    .mutation(({ ctx, input }) => startInspection(ctx, input, 'internal')),

  /** An external inspector (record grant) or evaluator (assess grant) records a type their line declares. */
  startExternal: tenantProcedure('inspections.read')
    .input(z.object({ planId: z.uuid().optional(), ...target, externalTypeCode: code.optional() }))
    .mutation(({ ctx, input }) => startInspection(ctx, input, 'external')),

  /** The vendor's own self-inspection (自管), recorded apart. */
  startSelf: tenantProcedure('inspections.self')
    .input(z.object({ planId: z.uuid().optional(), ...target, templateCode: code.optional() }))
    .mutation(({ ctx, input }) => startInspection(ctx, input, 'self')),

  saveResult: tenantProcedure('inspections.read')
    .input(resultInput.extend({ inspectionId: z.uuid() }))
    .mutation(({ ctx, input }) => saveResult(ctx, input)),

  clearResult: tenantProcedure('inspections.read')
    .input(z.object({ inspectionId: z.uuid(), itemCode: code }))
    .mutation(({ ctx, input }) => clearResult(ctx, input)),

  saveDetails: tenantProcedure('inspections.read')
    .input(
      z.object({
        inspectionId: z.uuid(),
        notes: z.string().max(5000).optional(),
        externalRecord: z.record(z.string().max(64), recordValue).optional(),
        certificateValidUntil: isoDate.nullable().optional(),
      }),
    )
    .mutation(({ ctx, input }) => saveDetails(ctx, input)),

  /** Files are uploaded with POST /api/evidence; this takes one off a draft again. */
  removeEvidence: tenantProcedure('inspections.read')
    .input(z.object({ inspectionId: z.uuid(), evidenceId: z.uuid() }))
    .mutation(({ ctx, input }) => detachEvidence(ctx, input)),

  submit: tenantProcedure('inspections.read')
    .input(
      z.object({
        inspectionId: z.uuid(),
        clientSubmissionId: z.string().trim().min(8).max(100),
        deviceCapturedAt: z.iso.datetime({ offset: true }).optional(),
        notes: z.string().max(5000).optional(),
        // a large agency's merged checklist, synced in one submission (issue 8: 1,000 results ≤ 2 s)
        results: z.array(resultInput).max(1000).optional(),
      }),
    )
    .mutation(({ ctx, input }) => submitInspection(ctx, input, ctx.locale)),

  addParticipant: tenantProcedure('inspections.read')
    .input(z.object({ inspectionId: z.uuid(), userId: z.uuid(), party: z.enum(PARTIES) }))
    .mutation(({ ctx, input }) => addParticipant(ctx, input)),

  /** Parties to a joint inspection (any member can be one) sign the submitted record. */
  sign: tenantProcedure('tenant.read')
    .input(z.object({ inspectionId: z.uuid() }))
    .mutation(({ ctx, input }) => signInspection(ctx, input.inspectionId)),

  correct: tenantProcedure('inspections.read')
    .input(z.object({ inspectionId: z.uuid() }))
    .mutation(({ ctx, input }) => correctInspection(ctx, input.inspectionId)),

  get: tenantProcedure('tenant.read')
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) => getInspection(ctx, input.id)),

  list: tenantProcedure('inspections.read')
    .input(
      z.object({
        contractId: z.uuid().optional(),
        month: z
          .string()
          .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
          .optional(),
        kind: z.enum(['patrol', 'joint', 'leadership', 'spot', 'self', 'external']).optional(),
        source: z.enum(['internal', 'external', 'self']).optional(),
        status: z.enum(['draft', 'submitted']).optional(),
        mine: z.boolean().optional(),
      }),
    )
    .query(({ ctx, input }) => listInspections(ctx, input)),

  externalTargets: tenantProcedure('inspections.read').query(({ ctx }) => externalTargets(ctx)),

  certificates: tenantProcedure('inspections.read')
    .input(z.object({ contractId: z.uuid().optional(), all: z.boolean().optional() }))
    .query(({ ctx, input }) => listCertificates(ctx, input)),
});
