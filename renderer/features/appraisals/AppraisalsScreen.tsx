import type { Route } from '../../ui/router';
import { AppraisalList } from './AppraisalList';
import { AppraisalWorkspace } from './AppraisalWorkspace';

/** `#/appraisals` lists them; `#/appraisals/<id>/<tab>` opens one. */
export function AppraisalsScreen({ route }: { route: Route }) {
  const [, id, tab] = route.path;
  if (id) return <AppraisalWorkspace key={id} appraisalId={id} tab={tab} />;
  return <AppraisalList startFrom={route.query.get('contract')} />;
}
