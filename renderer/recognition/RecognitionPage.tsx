import { Route, Switch } from 'wouter';
import { EventDetail } from './EventDetail';
import { EventList } from './EventList';

/** The Recognition area: every event at #/recognition, one event at #/recognition/<id>/<tab>. */
export function RecognitionPage() {
  return (
    <Switch>
      <Route path="/" component={EventList} />
      <Route path="/:id/:tab?">{(params) => <EventDetail id={params.id} tab={params.tab} />}</Route>
    </Switch>
  );
}
