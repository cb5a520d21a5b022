import { quiet, type FeasibilityContext, type FeasibilityResult } from './feasibility-context';
import { formatCount, formatDate, formatMonths } from '../format';

/**
 * The two economic-case checks of docs/domain.md §8: coverage gap (section 4, like for like) and
 * short list incomplete (section 3). Both need figures the appraisal works out, so they report "not
 * checked" when called without them.
 */

export function checkCoverageGap(ctx: FeasibilityContext): FeasibilityResult {
  const coverage = ctx.coverage;
  if (!coverage) {
    return quiet('coverage-gap', 'Coverage not checked', 'Coverage of the appraisal period is worked out with the appraisal.', {});
  }
  const follow = coverage.followOn;
  const after =
    follow.kind === 'option'
      ? `it is followed by '${follow.name}' from ${formatDate(follow.from)}`
      : follow.kind === 'service-ends'
        ? `the service ends after its term (${follow.reason})`
        : follow.kind === 'lines'
          ? `its own lines carry the service${follow.until ? ` to ${formatDate(follow.until)}` : ''}`
          : follow.kind === 'covers-period'
            ? 'business as usual covers the period by definition'
            : 'nothing is recorded to follow its term';
  if (coverage.complete) {
    return quiet('coverage-gap', 'Covers the whole period', `This option covers the whole appraisal period: ${after}.`, {
      gapDays: 0,
      gapMonths: 0,
    });
  }
  const gaps = coverage.gaps.map((g) => `${formatDate(g.from)} to ${formatDate(g.to)}`).join(' and ');
  const size = coverage.gapMonths > 0 ? formatMonths(coverage.gapMonths) : `${formatCount(coverage.gapDays)} days`;
  const problem = coverage.problem ? ` Also, ${coverage.problem}.` : '';
  return {
    check: 'coverage-gap',
    fires: true,
    severity: 'warning',
    title: 'Coverage gap',
    explanation: `This option leaves ${size} of the appraisal period without the service (${gaps || 'see below'}): ${after}. Its figures stop there, so it is not comparable with options that cover the whole period and is never marked best; recommending it needs a written reason.${problem}`,
    figures: { gapDays: coverage.gapDays, gapMonths: coverage.gapMonths, firstGapFrom: coverage.gaps[0]?.from ?? null },
  };
}

export function checkShortListIncomplete(ctx: FeasibilityContext): FeasibilityResult {
  const list = ctx.shortList;
  if (!list || list.complete) {
    return quiet(
      'short-list-incomplete',
      list ? 'Short list complete' : 'Short list not checked',
      list ? list.text : 'The short list is checked with the appraisal.',
      { missing: 0 },
    );
  }
  return {
    check: 'short-list-incomplete',
    fires: true,
    severity: 'advisory',
    title: 'Short list incomplete',
    explanation: `The economic case's short list needs ${list.missing.join('; ')} (HM Treasury Green Book: at least business as usual, a do-minimum, the preferred way forward and one other viable option).`,
    figures: { missing: list.missing.length },
  };
}
