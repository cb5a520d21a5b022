/** A risk grade as NPSA colour plus its name and score in text, never colour alone. */
export function GradeBadge({ label, score, hex, textHex }: { label: string; score: number; hex: string; textHex: string }) {
  return (
    <span className="grade-badge" style={{ background: hex, color: textHex }}>
      {`${label} ${score}`}
    </span>
  );
}
