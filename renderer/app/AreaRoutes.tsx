import { NotFound } from './NotFound';
import { IconCompass } from '@tabler/icons-react';
import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { StillOpening } from './StillOpening';
import { AREAS } from './areas';

/**
 * One route per area. The dashboard answers "/" exactly; every other area is nested, so its page
 * can have pages of its own below its path. A page that needs more of a large workspace than has
 * been read yet waits in the Suspense boundary (useDoc), with the shell still working around it.
 */
export function AreaRoutes() {
  return (
    <Suspense fallback={<StillOpening />}>
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
    </Suspense>
  );
}
