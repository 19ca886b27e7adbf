export * from './canonical.ts';
export * from './contract.ts';
export * from './registry.ts';
export * from './releases.ts';
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
