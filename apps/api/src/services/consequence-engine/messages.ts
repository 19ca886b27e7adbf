/** zh-CN and English text for issue 7's errors and notices (the rules' texts live in the core). */
export const consequenceEngineMessages = {
  'consequence.second_approver_required': {
    'zh-CN': '已由您审批，须由另一人复核签批。',
    en: 'You have approved this already; a second person must countersign.',
  },
  'consequence.appeal_vendor_only': {
    'zh-CN': '只有该合同的服务企业可以申诉。',
    en: "Only the contract's vendor may appeal.",
  },
  'consequence.appeal_not_decided': {
    'zh-CN': '只能对已生效的处理决定申诉。',
    en: 'Only a decision that has taken effect can be appealed.',
  },
  'consequence.appeal_period_over': {
    'zh-CN': '申诉期限已过。',
    en: 'The appeal period is over.',
  },
  'consequence.appeal_exists': {
    'zh-CN': '该决定已有申诉。',
    en: 'This decision has been appealed already.',
  },
  'consequence.appeal_resolved': { 'zh-CN': '该申诉已处理。', en: 'This appeal has been resolved already.' },
  'deposit.exceeds_balance': {
    'zh-CN': '金额超过保证金余额。',
    en: 'The amount exceeds the deposit balance.',
  },
  'bulletin.published': {
    'zh-CN': '通报已发布，不能再修改。',
    en: 'The bulletin is published and cannot change.',
  },
  'bulletin.empty': {
    'zh-CN': '本月没有可通报的合同。',
    en: 'There is no contract to report on this month.',
  },
  'bulletin.stale': {
    'zh-CN': '通报已被他人修改，请刷新后再试。',
    en: 'Someone else changed the bulletin; reload and try again.',
  },
  'bulletin.pdf_unavailable': {
    'zh-CN': '此部署不支持生成PDF，请下载Excel或在自托管服务器上导出。',
    en: 'PDF export is not available on this deployment; download the Excel workbook or export on a self-hosted server.',
  },
} as const;
