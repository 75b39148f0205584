import { Route, Switch } from 'wouter';
import { MeetingDetail } from './MeetingDetail';
import { MeetingList } from './MeetingList';

/** The Meetings area: every meeting at #/meetings, one meeting at #/meetings/<id>. */
export function MeetingsPage() {
  return (
    <Switch>
      <Route path="/" component={MeetingList} />
      <Route path="/:id">{(params) => <MeetingDetail id={params.id} />}</Route>
    </Switch>
  );
}
