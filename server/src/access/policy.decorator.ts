import { SetMetadata } from '@nestjs/common';
import type { Action, Resource } from '@klch/shared';

export const POLICY_KEY = 'klch:policy';

export type Policy = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'grant'; action: Action; resource: Resource };

/**
 * Every route names its policy; the global AccessGuard refuses a route that names none (deny by default).
 * `Allow('edit', 'partnerships')` asks shared's `canAccess(role, 'edit', 'partnerships')`.
 */
export const Allow = (action: Action, resource: Resource) => SetMetadata(POLICY_KEY, { kind: 'grant', action, resource } satisfies Policy);

/** Open to anyone, signed in or not (login, health, docs). */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies Policy);

/** Any signed-in user, whatever the role (their own session: me, logout). */
export const SignedIn = () => SetMetadata(POLICY_KEY, { kind: 'signed-in' } satisfies Policy);
