import type { RiskScore } from '../domain';
import { rateRisk, type RatedRisk, type RiskGrade } from '../engine/risk-matrix';

/** A risk grade as words, score and NPSA colour, for a badge on screen or paper: never colour alone. */
export interface GradeView {
  grade: RiskGrade;
  /** "Extreme" */
  label: string;
  score: number;
  hex: string;
  textHex: string;
  /** "Likely × Major = 16 (Extreme)" */
  text: string;
}

export function gradeView(rated: RatedRisk): GradeView {
  return {
    grade: rated.grade,
    label: rated.style.label,
    score: rated.score,
    hex: rated.style.hex,
    textHex: rated.style.textHex,
    text: rated.text,
  };
}

export function gradeOfScore(score: RiskScore): GradeView {
  return gradeView(rateRisk(score));
}
