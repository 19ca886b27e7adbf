import type { MessageCatalogue } from '@steward/core';

/** Texts for vendor errors; merged into the API's catalogue in messages.ts. */
export const vendorMessages = {
  'vendor.credit_code_taken': {
    'zh-CN': '统一社会信用代码“{code}”已登记为本单位的另一家服务企业。',
    en: 'The unified social credit code “{code}” is already registered for another vendor of this agency.',
  },
  'vendor.valid_until_before_from': {
    'zh-CN': '有效期截止日期不能早于起始日期。',
    en: 'The end of validity cannot be before its start.',
  },
  'vendor.member_not_vendor_role': {
    'zh-CN': '只能关联角色为“承包单位”或“物业总承包”的成员。',
    en: 'Only members with the contractor or general contractor role can be linked to a vendor.',
  },
} as const satisfies MessageCatalogue;
