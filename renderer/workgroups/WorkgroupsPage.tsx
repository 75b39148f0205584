import { Route, Switch } from 'wouter';
import { WorkgroupDetail } from './WorkgroupDetail';
import { WorkgroupList } from './WorkgroupList';

/** The Workgroups area: every workgroup at #/workgroups, one workgroup at #/workgroups/<id>. */
export function WorkgroupsPage() {
  return (
    <Switch>
      <Route path="/" component={WorkgroupList} />
      <Route path="/:id">{(params) => <WorkgroupDetail id={params.id} />}</Route>
    </Switch>
  );
}
