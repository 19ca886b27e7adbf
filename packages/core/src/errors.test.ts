import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  DomainError,
  ERROR_CODES,
  ForbiddenError,
  isDomainError,
  NotFoundError,
  PreconditionError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
} from './errors.ts';

describe('DomainError', () => {
  it('each subclass carries its stable code and a default message key', () => {
    const cases: [DomainError, string, string][] = [
      [new NotFoundError(), 'NOT_FOUND', 'error.not_found'],
      [new ConflictError(), 'CONFLICT', 'error.conflict'],
      [new ValidationError({ name: ['validation.required'] }), 'VALIDATION', 'error.validation'],
      [new ForbiddenError(), 'FORBIDDEN', 'error.forbidden'],
      [new UnauthenticatedError(), 'UNAUTHENTICATED', 'error.unauthenticated'],
      [new PreconditionError(), 'PRECONDITION', 'error.precondition'],
      [new RateLimitedError(), 'RATE_LIMITED', 'error.rate_limited'],
    ];
    for (const [error, code, key] of cases) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toBeInstanceOf(Error);
      expect(error.code).toBe(code);
      expect(error.messageKey).toBe(key);
      expect(isDomainError(error)).toBe(true);
    }
    expect(new Set(cases.map(([e]) => e.code))).toEqual(new Set(ERROR_CODES));
  });

  it('formats an English log message from key and params, and names the subclass', () => {
    const error = new NotFoundError('error.not_found.entity', { entity: 'contract', id: 'c1' });
    expect(error.message).toBe('No contract found with id c1.');
    expect(error.name).toBe('NotFoundError');
    expect(error.params).toEqual({ entity: 'contract', id: 'c1' });
  });

  it('serialises to code, key, params and field errors only', () => {
    const error = new ValidationError({ creditCode: ['credit_code.wrong_length'] }, 'error.validation', {});
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'VALIDATION',
      messageKey: 'error.validation',
      params: {},
      fieldErrors: { creditCode: ['credit_code.wrong_length'] },
    });
    expect(new ConflictError().toJSON()).not.toHaveProperty('fieldErrors');
  });

  it('keeps a cause', () => {
    const cause = new Error('unique violation');
    expect(new ConflictError(undefined, undefined, { cause }).cause).toBe(cause);
  });

  it('rate limiting says when to retry', () => {
    const error = new RateLimitedError(30);
    expect(error.retryAfterSeconds).toBe(30);
    expect(error.messageKey).toBe('error.rate_limited.retry_after');
    expect(error.message).toContain('30 seconds');
  });

  it('recognises a structurally equal error from another module copy, and rejects others', () => {
    expect(isDomainError({ code: 'FORBIDDEN', messageKey: 'error.forbidden', params: {} })).toBe(true);
    expect(isDomainError({ code: 'TEAPOT', messageKey: 'x' })).toBe(false);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(isDomainError(null)).toBe(false);
  });
});
