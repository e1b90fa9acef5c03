import type { Action } from '@klch/shared';
import type { ComponentType } from 'react';
import { Menu as RaMenu, useCanAccess, useHasDashboard, useResourceDefinitions, useTranslate } from 'react-admin';
import { CalendarMenuItem } from '../calendar';
import { MapMenuItem } from '../map';
import { MyRequestsMenuItem } from '../status-requests';

/**
 * One entry for a resource with a list page. Usually shown when canAccess('list'), as react-admin
 * does; a resource may name another action in `options.menuAction` (the approval queue: only
 * roles that may `approve` get it in the menu, though all may list requests). `options.label`
 * names the entry when the page is not called after the resource ("Approvals", "Audit log"), and
 * `options.menuCount` a count shown beside it (the approvals waiting).
 */
const ResourceEntry = ({ name }: { name: string }) => {
  const definitions = useResourceDefinitions();
  const translate = useTranslate();
  const options = definitions[name]?.options ?? {};
  const action: Action = options.menuAction ?? 'list';
  const { canAccess } = useCanAccess({ action, resource: name });
  if (!canAccess) return null;
  const Count: ComponentType | undefined = options.menuCount;
  if (!options.label) return <RaMenu.ResourceItem name={name} />;
  const label = translate(options.label, { _: options.label });
  return (
    <RaMenu.ResourceItem
      name={name}
      primaryText={
        Count ? (
          <>
            {label}
            <Count />
          </>
        ) : (
          label
        )
      }
    />
  );
};

/** react-admin's menu (dashboard first if any, the user's own requests, the calendar, the resources in App order, then the map), entries by permission. */
export const Menu = () => {
  const definitions = useResourceDefinitions();
  const hasDashboard = useHasDashboard();
  return (
    <RaMenu>
      {hasDashboard && <RaMenu.DashboardItem />}
      <MyRequestsMenuItem />
      <CalendarMenuItem />
      {Object.keys(definitions)
        .filter((name) => definitions[name].hasList)
        .map((name) => (
          <ResourceEntry key={name} name={name} />
        ))}
      <MapMenuItem />
    </RaMenu>
  );
};
