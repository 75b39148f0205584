import { Route, Switch } from 'wouter';
import { ClassDetail } from './ClassDetail';
import { TrainingOverview } from './TrainingOverview';

/** The Training area: courses, classes and coverage at #/training, one class at #/training/classes/<id>. */
export function TrainingPage() {
  return (
    <Switch>
      <Route path="/" component={TrainingOverview} />
      <Route path="/classes/:id">{(params) => <ClassDetail id={params.id} />}</Route>
    </Switch>
  );
}
