import { adminZhCN } from './admin-texts.ts';
/**
 * The zh-CN texts: the source of the key set. `en.ts` must have exactly these keys (checked by the compiler).
 * Placeholders are `{name}`.
 */
import { authZhCN } from './auth-texts.ts';
import { catalogueZhCN } from './catalogue-texts.ts';
import { complaintsZhCN } from './complaints-texts.ts';
import { inspectionsZhCN } from './inspections-texts.ts';
import { outcomesZhCN } from './outcomes-texts.ts';
import { plansZhCN } from './plans-texts.ts';
import { rectificationZhCN } from './rectification-texts.ts';
import { settingsZhCN } from './settings-texts.ts';
import { surveyZhCN } from './survey-texts.ts';
import { tenderZhCN } from './tender-texts.ts';
import { vendorsZhCN } from './vendors-texts.ts';

export const zhCN = {
  ...adminZhCN,
  ...authZhCN,
  ...catalogueZhCN,
  ...complaintsZhCN,
  ...surveyZhCN,
  ...vendorsZhCN,
  ...plansZhCN,
  ...inspectionsZhCN,
  ...rectificationZhCN,
  ...outcomesZhCN,
  ...settingsZhCN,
  ...tenderZhCN,
  'app.name': '后勤服务监管平台',
  'app.tagline': 'Steward',
  'app.skip_to_content': '跳到主要内容',
  'nav.label': '主导航',
  'nav.more': '更多',
  'nav.home': '首页',
  'nav.sites': '场所',
  'nav.people': '人员',
  'nav.grants': '授权',
  'nav.audit': '审计日志',
  'nav.settings': '单位设置',
  'locale.label': '语言',
  'home.title': '首页',
  'home.welcome': '欢迎使用后勤服务监管平台',
  'home.intro': '对机关办公楼外包服务进行日常巡查、整改跟踪、满意度测评和考核。',
  'system.title': '系统状态',
  'system.version': '版本',
  'system.runtime': '运行环境',
  'system.runtime.node': 'Node.js',
  'system.runtime.workers': 'Cloudflare Workers',
  'system.database': '数据库',
  'system.database.pglite': '内嵌数据库（PGlite）',
  'system.database.postgres': 'PostgreSQL',
  'system.migrations': '数据库迁移',
  'system.migrations.value': '已应用 {applied} / {expected}',
  'system.migrations.up_to_date': '已是最新',
  'system.migrations.behind': '需要更新',
  'system.server_time': '服务器时间',
  'system.time_zone': '时区：{zone}',
  'system.refresh': '刷新',
  'state.loading': '正在加载…',
  'state.error_title': '无法加载数据',
  'state.request_id': '请求编号：{id}',
  'state.retry': '重试',
  'error.network': '无法连接到服务器，请检查网络后重试。',
  'error.unknown': '发生未知错误，请稍后重试。',
  'not_found.title': '页面不存在',
  'not_found.back': '返回首页',
} as const;

export type MessageKey = keyof typeof zhCN;
