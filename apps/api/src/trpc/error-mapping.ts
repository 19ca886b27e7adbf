import { type DomainError, type ErrorCode, isDomainError, type Locale } from '@steward/core';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/unstable-core-do-not-import';
import { ZodError, z } from 'zod';
import { t } from '../messages.ts';

const trpcCodeOf: Record<ErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  VALIDATION: 'BAD_REQUEST',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  PRECONDITION: 'PRECONDITION_FAILED',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
};

/** Domain errors become tRPC errors with the matching HTTP status; the original rides along as `cause`. */
export function domainToTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: trpcCodeOf[error.code], message: error.message, cause: error });
}

const zhZod = z.locales.zhCN().localeError;

type ZodIssue = ZodError['issues'][number];

/**
 * A zod issue in the user's language. Schemas give custom messages as catalogue keys
 * (e.g. `validation.credit_code`), rendered here; zod's own messages are translated by its locale.
 */
function issueMessage(issue: ZodIssue, locale: Locale): string {
  if (/^[a-z_]+(\.[a-z_]+)+$/.test(issue.message)) return t(issue.message, locale);
  if (locale === 'en') return issue.message;
  const translated = zhZod(issue as Parameters<typeof zhZod>[0]);
  return typeof translated === 'string' ? translated : (translated?.message ?? issue.message);
}

/** `{ "contacts.0.phone": ["…"] }`: one list of messages per field path, in the user's language. */
export function flattenZodError(error: ZodError, locale: Locale): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    const messages = fields[path] ?? [];
    messages.push(issueMessage(issue, locale));
    fields[path] = messages;
  }
  return fields;
}

export interface ErrorShapeData {
  code: TRPC_ERROR_CODE_KEY;
  httpStatus: number;
  requestId: string | null;
  /** Stable key for clients that render their own text. */
  messageKey: string;
  fieldErrors: Record<string, string[]> | null;
}

/**
 * The single place where any error becomes what a client sees: a message in the user's language,
 * a stable key, field messages for invalid input, and never a stack trace.
 */
export function describeError(
  error: TRPCError,
  locale: Locale,
): { message: string; messageKey: string; fieldErrors: Record<string, string[]> | null } {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    return {
      message: t('error.validation', locale),
      messageKey: 'error.validation',
      fieldErrors: flattenZodError(cause, locale),
    };
  }
  if (isDomainError(cause)) {
    const fieldErrors = cause.fieldErrors
      ? Object.fromEntries(
          Object.entries(cause.fieldErrors).map(([field, keys]) => [
            field,
            keys.map((key) => t(key, locale, cause.params)),
          ]),
        )
      : null;
    return { message: t(cause.messageKey, locale, cause.params), messageKey: cause.messageKey, fieldErrors };
  }
  const key = genericKeyOf[error.code] ?? 'error.internal';
  return { message: t(key, locale), messageKey: key, fieldErrors: null };
}

const genericKeyOf: Partial<Record<TRPC_ERROR_CODE_KEY, string>> = {
  NOT_FOUND: 'error.not_found',
  BAD_REQUEST: 'error.bad_request',
  UNAUTHORIZED: 'error.unauthenticated',
  FORBIDDEN: 'error.forbidden',
  CONFLICT: 'error.conflict',
  PRECONDITION_FAILED: 'error.precondition',
  TOO_MANY_REQUESTS: 'error.rate_limited',
  METHOD_NOT_SUPPORTED: 'error.bad_request',
  PAYLOAD_TOO_LARGE: 'error.payload_too_large',
};
