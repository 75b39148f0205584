import { Route, Switch } from 'wouter';
import { PolicyDetail } from './PolicyDetail';
import { PolicyOverview } from './PolicyOverview';

/** The Policies area: every policy at #/policies, one policy with its revisions at #/policies/<id>. */
export function PoliciesPage() {
  return (
    <Switch>
      <Route path="/" component={PolicyOverview} />
      <Route path="/:id">{(params) => <PolicyDetail id={params.id} />}</Route>
    </Switch>
  );
}
