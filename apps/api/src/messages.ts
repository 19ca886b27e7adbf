import { authMessages } from '@steward/auth';
import {
  coreMessages,
  formatMessage,
  type Locale,
  type MessageCatalogue,
  type MessageParams,
} from '@steward/core';
import { catalogueMessages } from './services/catalogue/messages.ts';
import { complaintMessages } from './services/complaints/messages.ts';
import { consequenceEngineMessages } from './services/consequence-engine/messages.ts';
import { contractMessages } from './services/contracts/messages.ts';
import { inspectionMessages } from './services/inspections/messages.ts';
import { planMessages } from './services/plans/messages.ts';
import { supervisionOutcomeMessages } from './services/rectifications/messages.ts';
import { settingsMessages } from './services/settings/messages.ts';
import { surveyMessages } from './services/surveys/messages.ts';
import { tenderMessages } from './services/tenders/messages.ts';
import { vendorMessages } from './services/vendors/messages.ts';

/** Messages owned by the API edge (transport-level failures). Domain messages live with their rules. */
export const apiMessages = {
  'error.internal': {
    'zh-CN': '服务器内部错误，请稍后重试。如问题持续，请联系管理员并提供请求编号。',
    en: 'Something went wrong on our side. Try again later; if it persists, give the request id to your administrator.',
  },
  'error.bad_request': { 'zh-CN': '请求格式不正确。', en: 'The request is malformed.' },
  'error.payload_too_large': { 'zh-CN': '提交的内容过大。', en: 'The request is too large.' },
  'error.not_found.route': { 'zh-CN': '没有这个地址。', en: 'There is nothing at this address.' },
  'error.cross_site': {
    'zh-CN': '请求来源不被信任，已拒绝。请从本系统页面操作。',
    en: 'The request came from an untrusted origin and was refused. Use Steward’s own pages.',
  },
  'auth.invalid_credentials': {
    'zh-CN': '邮箱或密码不正确，或该账户已停用。',
    en: 'The email or password is not correct, or the account is disabled.',
  },
  'auth.mfa_required': {
    'zh-CN': '请输入动态验证码完成登录。',
    en: 'Enter your authenticator code to finish signing in.',
  },
  'auth.mfa_enrollment_required': {
    'zh-CN': '您的角色要求启用双因素认证，请先在“我的账户”中绑定验证器。',
    en: 'Your role requires two-factor authentication. Set up an authenticator under “My account” first.',
  },
  'auth.no_tenant_selected': { 'zh-CN': '请先选择要进入的单位。', en: 'Choose an agency to work in first.' },
  'auth.not_a_member': {
    'zh-CN': '您不是该单位的成员或已被停用。',
    en: 'You are not a member of this agency, or your access was disabled.',
  },
  'auth.invitation_invalid': {
    'zh-CN': '邀请链接无效或已使用。',
    en: 'This invitation link is not valid or was already used.',
  },
  'auth.invitation_expired': {
    'zh-CN': '邀请链接已过期，请联系管理员重新邀请。',
    en: 'This invitation has expired. Ask your administrator for a new one.',
  },
  'auth.reset_invalid': {
    'zh-CN': '重置链接无效或已过期。',
    en: 'This reset link is not valid or has expired.',
  },
  'auth.totp_already_enrolled': { 'zh-CN': '您已绑定验证器。', en: 'An authenticator is already set up.' },
  'site.code_taken': {
    'zh-CN': '场所编号“{code}”已被使用。',
    en: 'The site code “{code}” is already in use.',
  },
  'grant.until_before_from': {
    'zh-CN': '截止时间必须晚于开始时间。',
    en: 'The end must be after the start.',
  },
  'grant.unscoped': {
    'zh-CN': '授权必须限定合同、服务条线或场所中的至少一项。',
    en: 'A grant must be limited to some contracts, service lines or sites.',
  },
  'grant.not_a_member': {
    'zh-CN': '被授权人必须是本单位的有效成员。',
    en: 'The grantee must be an active member of this agency.',
  },
  'validation.time_zone': { 'zh-CN': '不是有效的时区。', en: 'Not a valid time zone.' },
} as const satisfies MessageCatalogue;

const catalogue: MessageCatalogue = {
  ...coreMessages,
  ...authMessages,
  ...apiMessages,
  ...catalogueMessages,
  ...surveyMessages,
  ...complaintMessages,
  ...planMessages,
  ...supervisionOutcomeMessages,
  ...vendorMessages,
  ...contractMessages,
  ...inspectionMessages,
  ...consequenceEngineMessages,
  ...tenderMessages,
  ...settingsMessages,
};

/** Formats any message key known to the API, core's included. */
export function t(key: string, locale: Locale, params: MessageParams = {}): string {
  return formatMessage(key, locale, params, catalogue);
}
