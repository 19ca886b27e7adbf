export * from './canonical.ts';
export * from './contract.ts';
export { type DataPluginFormat, parseDataPlugin } from './data-plugin.ts';
export { applyOverlay } from './overlay/apply.ts';
export { diffOverlay, type OverlayDiffEntry, type OverlayDiffField } from './overlay/diff.ts';
export {
  type ResolveTemplateOptions,
  resolveTemplate,
  SNAPSHOT_FORMAT,
  type SnapshotItem,
  type TemplateSnapshot,
  verifySnapshot,
} from './overlay/snapshot.ts';
export * from './overlay/types.ts';
export * from './registry.ts';
export * from './releases.ts';
export { type ScaffoldOptions, scaffoldPluginFiles } from './scaffold/files.ts';
export {
  CODE_MAX_LENGTH,
  CODE_PATTERN,
  isTenantCode,
  PLUGIN_ID_PATTERN,
  TENANT_CODE_PREFIX,
} from './validation/codes.ts';
export type { PluginIssue } from './validation/issues.ts';
export { dataServiceLineSchema, localizedSchema, serviceLineSchema } from './validation/schema.ts';
export { type ValidateOptions, type ValidationResult, validateServiceLine } from './validation/validate.ts';
