import { isDomainError } from '@steward/core';
import { initTRPC } from '@trpc/server';
import type { Access } from './access.ts';
import type { RequestContext } from './context.ts';
import { describeError, domainToTRPCError, type ErrorShapeData } from './error-mapping.ts';

/**
 * `isDev: false` everywhere: tRPC would otherwise decide from NODE_ENV, which Workers do not set, and
 * put stack traces in error bodies.
 */
/** Every procedure declares its access in meta; see access.ts. */
export interface ProcedureMeta {
  access: Access;
}

const t = initTRPC
  .context<RequestContext>()
  .meta<ProcedureMeta>()
  .create({
    isDev: false,
    errorFormatter({ shape, error, ctx }) {
      const locale = ctx?.locale ?? 'zh-CN';
      const described = describeError(error, locale);
      const data: ErrorShapeData = {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        requestId: ctx?.requestId ?? null,
        messageKey: described.messageKey,
        fieldErrors: described.fieldErrors,
      };
      return { code: shape.code, message: described.message, data };
    },
  });

/** Domain errors thrown anywhere below get their proper code (404, 409, 403…) here, in one place. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isDomainError(result.error.cause)) throw domainToTRPCError(result.error.cause);
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;
/** The root of every procedure; only procedures.ts builds on it, always adding an access declaration. */
export const baseProcedure = t.procedure.use(mapDomainErrors);
