import type { MessageKey } from '../i18n/messages.ts';

/** What an error screen shows: a sentence in the user's language and, when the server gave one, a request id. */
export interface ErrorDisplay {
  message: string;
  requestId: string | null;
}

interface ServerErrorShape {
  message: string;
  data?: { requestId?: unknown; messageKey?: unknown; fieldErrors?: unknown } | null;
}

function serverShapeOf(error: unknown): ServerErrorShape | null {
  if (typeof error !== 'object' || error === null || !('shape' in error)) return null;
  const shape = (error as { shape: unknown }).shape;
  if (typeof shape !== 'object' || shape === null) return null;
  const message = (shape as { message?: unknown }).message;
  return typeof message === 'string' && message.trim() !== '' ? (shape as ServerErrorShape) : null;
}

/**
 * Turns anything thrown by an API call into text for people. Only a message the API formatted itself (a tRPC
 * error shape, already localized through `x-steward-locale`) is shown as is; a network failure, a proxy's HTML
 * page or a parse error becomes a generic localized sentence, so raw JSON or stack text never reaches the screen.
 */
export function errorDisplay(error: unknown, translate: (key: MessageKey) => string): ErrorDisplay {
  const shape = serverShapeOf(error);
  if (shape) {
    const requestId = shape.data?.requestId;
    return { message: shape.message, requestId: typeof requestId === 'string' ? requestId : null };
  }
  if (isNetworkFailure(error)) return { message: translate('error.network'), requestId: null };
  return { message: translate('error.unknown'), requestId: null };
}

/** fetch rejects with a TypeError when the server cannot be reached; tRPC keeps it as the cause. */
function isNetworkFailure(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause ?? error) : error;
  return cause instanceof TypeError && /fetch|network|load failed/i.test(cause.message);
}

/** Field → localized messages from a validation error, to show next to each field; {} otherwise. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  const fields = serverShapeOf(error)?.data?.fieldErrors;
  if (typeof fields !== 'object' || fields === null) return {};
  const out: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(fields)) {
    if (Array.isArray(messages)) out[field] = messages.filter((m): m is string => typeof m === 'string');
  }
  return out;
}

/** The API's stable message key (`auth.invalid_credentials`…), for screens that react to one case. */
export function messageKeyOf(error: unknown): string | null {
  const key = serverShapeOf(error)?.data?.messageKey;
  return typeof key === 'string' ? key : null;
}
