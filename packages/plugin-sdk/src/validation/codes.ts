/** Stable codes: what overlays and past inspections refer to. */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const CODE_MAX_LENGTH = 64;
/** Tenants' own checklist items start with this prefix, so they never collide with a plugin's. */
export const TENANT_CODE_PREFIX = 'x-';
/** Plugin ids: lowercase kebab-case. */
export const PLUGIN_ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function isTenantCode(code: string): boolean {
  return code.toLowerCase().startsWith(TENANT_CODE_PREFIX);
}
