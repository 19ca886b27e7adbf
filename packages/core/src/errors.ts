import { formatMessage, type MessageParams } from './messages.ts';

export type ErrorCode =
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'VALIDATION'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'PRECONDITION'
  | 'RATE_LIMITED';

export const ERROR_CODES: readonly ErrorCode[] = [
  'NOT_FOUND',
  'CONFLICT',
  'VALIDATION',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'PRECONDITION',
  'RATE_LIMITED',
];

/** Field path → message keys (not text: the client renders them in its locale). */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

export interface DomainErrorOptions {
  params?: MessageParams;
  fieldErrors?: FieldErrors;
  cause?: unknown;
}

/** What crosses the wire: stable code, message key and params, never a stack. */
export interface DomainErrorJson {
  code: ErrorCode;
  messageKey: string;
  params: MessageParams;
  fieldErrors?: FieldErrors;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly params: MessageParams;
  readonly fieldErrors: FieldErrors | undefined;

  constructor(code: ErrorCode, messageKey: string, options: DomainErrorOptions = {}) {
    // English text in `message` is for logs; users get `messageKey` rendered in their locale.
    super(
      formatMessage(messageKey, 'en', options.params),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = new.target.name;
    this.code = code;
    this.messageKey = messageKey;
    this.params = options.params ?? {};
    this.fieldErrors = options.fieldErrors;
  }

  toJSON(): DomainErrorJson {
    const json: DomainErrorJson = { code: this.code, messageKey: this.messageKey, params: this.params };
    if (this.fieldErrors) json.fieldErrors = this.fieldErrors;
    return json;
  }
}

type Extra = Omit<DomainErrorOptions, 'params' | 'fieldErrors'>;

export class NotFoundError extends DomainError {
  constructor(messageKey = 'error.not_found', params: MessageParams = {}, extra: Extra = {}) {
    super('NOT_FOUND', messageKey, { ...extra, params });
  }
}

export class ConflictError extends DomainError {
  constructor(messageKey = 'error.conflict', params: MessageParams = {}, extra: Extra = {}) {
    super('CONFLICT', messageKey, { ...extra, params });
  }
}

export class ValidationError extends DomainError {
  declare readonly fieldErrors: FieldErrors;
  constructor(
    fieldErrors: FieldErrors = {},
    messageKey = 'error.validation',
    params: MessageParams = {},
    extra: Extra = {},
  ) {
    super('VALIDATION', messageKey, { ...extra, params, fieldErrors });
  }
}

export class ForbiddenError extends DomainError {
  constructor(messageKey = 'error.forbidden', params: MessageParams = {}, extra: Extra = {}) {
    super('FORBIDDEN', messageKey, { ...extra, params });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(messageKey = 'error.unauthenticated', params: MessageParams = {}, extra: Extra = {}) {
    super('UNAUTHENTICATED', messageKey, { ...extra, params });
  }
}

export class PreconditionError extends DomainError {
  constructor(messageKey = 'error.precondition', params: MessageParams = {}, extra: Extra = {}) {
    super('PRECONDITION', messageKey, { ...extra, params });
  }
}

export class RateLimitedError extends DomainError {
  readonly retryAfterSeconds: number | undefined;
  constructor(retryAfterSeconds?: number, extra: Extra = {}) {
    super(
      'RATE_LIMITED',
      retryAfterSeconds === undefined ? 'error.rate_limited' : 'error.rate_limited.retry_after',
      { ...extra, params: retryAfterSeconds === undefined ? {} : { seconds: retryAfterSeconds } },
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Structural check: survives duplicated module copies where `instanceof` would not. */
export function isDomainError(value: unknown): value is DomainError {
  if (value instanceof DomainError) return true;
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { code?: unknown; messageKey?: unknown };
  return (
    typeof v.messageKey === 'string' &&
    typeof v.code === 'string' &&
    (ERROR_CODES as string[]).includes(v.code)
  );
}
