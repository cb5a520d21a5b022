import type { GradeView } from '@shared/presentation/grade';

/** A risk grade in its NPSA colour and always with its words and score, never colour alone (screen and paper). */
export function GradeBadge({ grade, prefix }: { grade: GradeView; prefix?: string }) {
  return (
    <span className="grade-badge" style={{ background: grade.hex, color: grade.textHex }} title={grade.text}>
      {/* One string, one text node: in JSX pieces each become a node, and the paper's tagged PDF a run each. */}
      {`${prefix ? `${prefix}: ` : ''}${grade.label} (${grade.score})`}
    </span>
  );
}
