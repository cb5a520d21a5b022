import type { RatedRisk } from '@shared/engine/risk-matrix';

/** A risk grade in its NPSA colour and always with its words, never colour alone. */
export function RiskGradeBadge({ rated, prefix }: { rated: RatedRisk | null; prefix?: string }) {
  if (!rated) return <span className="grade grade-none">No risks</span>;
  return (
    <span className={`grade grade-${rated.grade}`} title={rated.text}>
      {prefix ? `${prefix}: ` : ''}
      {rated.style.label} ({rated.score})
    </span>
  );
}
