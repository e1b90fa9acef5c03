import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

/**
 * A view whose code is fetched the first time it is shown, so it stays out of the first bundle
 * (the budget is in scripts/initial-js-budget.test.mjs). The views export by name, React.lazy
 * wants a default export: this picks the named one. React-admin's Layout already wraps every page
 * in a Suspense with its Loading screen.
 */
export function lazyView<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyExoticComponent<ComponentType<Props>> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
