import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/messages.ts';
import { errorDisplay, fieldErrorsOf, messageKeyOf } from './error-message.ts';

const zh = (key: Parameters<typeof translate>[1]) => translate('zh-CN', key);

describe('errorDisplay', () => {
  it('shows the localized message the API formatted, with its request id', () => {
    const error = TRPCClientError.from({
      error: {
        code: -32004,
        message: '没有找到该记录。',
        data: { code: 'NOT_FOUND', httpStatus: 404, requestId: 'req-123', messageKey: 'error.not_found' },
      },
    });
    expect(errorDisplay(error, zh)).toEqual({ message: '没有找到该记录。', requestId: 'req-123' });
  });

  it('never shows a body that was not a tRPC error (e.g. a proxy page or raw JSON)', () => {
    const error = new TRPCClientError('Unexpected token < in JSON at position 0');
    expect(errorDisplay(error, zh)).toEqual({ message: zh('error.unknown'), requestId: null });
    const raw = new TRPCClientError('{"error":{"code":"NOT_FOUND"}}');
    expect(errorDisplay(raw, zh).message).toBe(zh('error.unknown'));
  });

  it('says the server cannot be reached when fetch fails', () => {
    const error = TRPCClientError.from(new TypeError('Failed to fetch'));
    expect(errorDisplay(error, zh)).toEqual({ message: zh('error.network'), requestId: null });
  });

  it('handles things that are not errors at all', () => {
    expect(errorDisplay('boom', zh).message).toBe(zh('error.unknown'));
    expect(errorDisplay(undefined, zh).message).toBe(zh('error.unknown'));
  });
});

describe('fieldErrorsOf', () => {
  it('returns the field messages of a validation error, and the key', () => {
    const error = TRPCClientError.from({
      error: {
        code: -32600,
        message: '输入有误。',
        data: {
          code: 'BAD_REQUEST',
          messageKey: 'error.validation',
          fieldErrors: { password: ['密码至少 12 个字符。', 42], 'roles.0': ['无效'] },
        },
      },
    });
    expect(fieldErrorsOf(error)).toEqual({ password: ['密码至少 12 个字符。'], 'roles.0': ['无效'] });
    expect(messageKeyOf(error)).toBe('error.validation');
  });

  it('is empty for anything else', () => {
    expect(fieldErrorsOf(new Error('x'))).toEqual({});
    expect(fieldErrorsOf(null)).toEqual({});
    expect(messageKeyOf('x')).toBeNull();
  });
});
