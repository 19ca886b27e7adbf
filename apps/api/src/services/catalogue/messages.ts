import type { MessageCatalogue } from '@steward/core';

/** Texts for the service-line catalogue's errors; merged into the API's catalogue in messages.ts. */
export const catalogueMessages = {
  'catalogue.plugin_unknown': {
    'zh-CN': '没有服务条线插件“{plugin}”。',
    en: 'There is no service-line plugin “{plugin}”.',
  },
  'catalogue.version_unknown': {
    'zh-CN': '服务条线“{plugin}”没有版本 {version}。',
    en: 'Service line “{plugin}” has no version {version}.',
  },
  'catalogue.line_not_enabled': {
    'zh-CN': '本单位尚未启用服务条线“{plugin}”。',
    en: 'Service line “{plugin}” is not enabled for this agency.',
  },
  'catalogue.plugin_invalid': {
    'zh-CN': '插件文件有 {count} 处错误，未安装任何内容。请逐项修改后重新上传。',
    en: 'The plugin file has {count} error(s); nothing was installed. Fix each one and upload again.',
  },
  'catalogue.plugin_id_reserved': {
    'zh-CN': '“{plugin}”是系统已安装插件的标识，请为上传的插件换一个标识。',
    en: '“{plugin}” is the id of a plugin installed by the system; give your plugin another id.',
  },
  'catalogue.version_exists': {
    'zh-CN': '插件“{plugin}”的版本 {version} 已上传且内容不同。发布后的版本不能修改，请提升版本号。',
    en: 'Version {version} of “{plugin}” was already uploaded with other content. A released version cannot change: bump the version.',
  },
  'catalogue.overlay_invalid': {
    'zh-CN': '本单位调整内容格式不正确。',
    en: 'The agency’s changes are not in a valid form.',
  },
  'catalogue.overlay_stale': {
    'zh-CN': '调整内容已被他人修改（当前版本 {version}），请刷新后再保存。',
    en: 'Someone else changed these settings (now version {version}). Reload, then save again.',
  },
} as const satisfies MessageCatalogue;
