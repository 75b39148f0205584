import { NotFound } from './NotFound';
import { IconCompass } from '@tabler/icons-react';
import { Route, Switch } from 'wouter';
import { AREAS } from './areas';

/**
 * One route per area. The dashboard answers "/" exactly; every other area is nested, so its page
 * can have pages of its own below its path.
 */
export function AreaRoutes() {
  return (
    <Switch>
      {AREAS.map((area) =>
        area.path === '/' ? (
          <Route key={area.path} path="/" component={area.component} />
        ) : (
          <Route key={area.path} path={area.path} component={area.component} nest />
        ),
      )}
      <Route>
        <NotFound
          title="Page not found"
          icon={IconCompass}
          text="There is nothing at this address. Choose an area on the left."
          back="Go to the dashboard"
        />
      </Route>
    </Switch>
  );
}
