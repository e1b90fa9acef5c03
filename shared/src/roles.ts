/** The four roles of the product (see product.md): who may do what lives in permissions.ts. */
export const ROLES = ['officer', 'manager', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
