import type { Route } from '../../ui/router';
import { AppraisalList } from './AppraisalList';
import { AppraisalWorkspace } from './AppraisalWorkspace';

/** `#/appraisals` lists them; `#/appraisals/<id>/<tab>` opens one. */
export function AppraisalsScreen({ route }: { route: Route }) {
  const [, id, tab] = route.path;
  if (id) return <AppraisalWorkspace key={id} appraisalId={id} tab={tab} autoExport={route.query.get('export') === '1'} />;
  return <AppraisalList startFrom={route.query.get('contract')} />;
}
