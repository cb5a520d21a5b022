import type { Route } from '../../ui/router';

export function AppraisalsScreen({ route: _route }: { route: Route }) {
  return (
    <section aria-labelledby="appraisals-title">
      <h1 id="appraisals-title">Appraisals</h1>
      <p>
        An appraisal compares the options for a contract nearing expiry (carry on via the LSP, go
        direct to the vendor, re-procure, call off a framework or do the minimum) on cost, risk,
        feasibility and quality, and ends in a recommendation for the board.
      </p>
    </section>
  );
}
