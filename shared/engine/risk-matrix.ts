import type { Risk, RiskScore } from '../domain';
import { assertNever } from '../result';

/**
 * The NHS 5×5 risk matrix (NPSA, "A risk matrix for risk managers", 2008; docs/domain.md §6).
 * Score = likelihood × consequence (1–25). Products of 1..5 never equal 7, 11, 13, 14 or 17–19, so
 * the published bands 1–3, 4–6, 8–12, 15–25 cover every reachable score; `gradeOf` still bands any
 * number so a hand-edited value cannot fall through.
 */

export const LIKELIHOOD_LABELS = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'] as const;
export const CONSEQUENCE_LABELS = ['Negligible', 'Minor', 'Moderate', 'Major', 'Catastrophic'] as const;

export type RiskGrade = 'low' | 'moderate' | 'high' | 'extreme';
export const RISK_GRADES: readonly RiskGrade[] = ['low', 'moderate', 'high', 'extreme'];

export interface GradeStyle {
  label: string;
  /** NPSA colour name, so colour is never the only carrier of meaning. */
  colourName: 'green' | 'yellow' | 'amber' | 'red';
  hex: string;
  /** Text colour with adequate contrast on `hex`. */
  textHex: string;
}

export function likelihoodLabel(l: number): string {
  return LIKELIHOOD_LABELS[l - 1] ?? String(l);
}

export function consequenceLabel(c: number): string {
  return CONSEQUENCE_LABELS[c - 1] ?? String(c);
}

export function riskScoreValue(score: RiskScore): number {
  return score.likelihood * score.consequence;
}

export function gradeOf(score: number): RiskGrade {
  if (score <= 3) return 'low';
  if (score <= 6) return 'moderate';
  if (score <= 12) return 'high';
  return 'extreme';
}

export function gradeStyle(grade: RiskGrade): GradeStyle {
  switch (grade) {
    case 'low':
      return { label: 'Low', colourName: 'green', hex: '#00B050', textHex: '#000000' };
    case 'moderate':
      return { label: 'Moderate', colourName: 'yellow', hex: '#FFFF00', textHex: '#000000' };
    case 'high':
      return { label: 'High', colourName: 'amber', hex: '#FFC000', textHex: '#000000' };
    case 'extreme':
      // Black on NPSA red is 5.3:1; white would be 4.0:1, below WCAG AA for small text.
      return { label: 'Extreme', colourName: 'red', hex: '#FF0000', textHex: '#000000' };
    default:
      return assertNever(grade, 'risk grade');
  }
}

export interface RatedRisk {
  score: number;
  grade: RiskGrade;
  style: GradeStyle;
  /** e.g. "Likely × Major = 16 (Extreme)" */
  text: string;
}

export function rateRisk(score: RiskScore): RatedRisk {
  const value = riskScoreValue(score);
  const grade = gradeOf(value);
  const style = gradeStyle(grade);
  return {
    score: value,
    grade,
    style,
    text: `${likelihoodLabel(score.likelihood)} × ${consequenceLabel(score.consequence)} = ${value} (${style.label})`,
  };
}

/**
 * The option's highest residual risk, or null when it has none. Ties go to the higher consequence
 * (a board worries more about a rare catastrophe than a likely nuisance of the same score), then
 * to list order.
 */
export function highestResidualRisk(risks: readonly Risk[], optionId?: string): (RatedRisk & { risk: Risk }) | null {
  let best: Risk | null = null;
  let bestScore = -1;
  for (const risk of risks) {
    if (optionId !== undefined && risk.optionId !== optionId) continue;
    const s = riskScoreValue(risk.residual);
    if (s > bestScore || (s === bestScore && best && risk.residual.consequence > best.residual.consequence)) {
      best = risk;
      bestScore = s;
    }
  }
  return best ? { risk: best, ...rateRisk(best.residual) } : null;
}

/**
 * Heat-map counts: grid[likelihood − 1][consequence − 1] = number of risks in that cell, for the
 * inherent or residual rating.
 */
export function heatMap(risks: readonly Risk[], which: 'inherent' | 'residual' = 'residual', optionId?: string): number[][] {
  const grid = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  for (const risk of risks) {
    if (optionId !== undefined && risk.optionId !== optionId) continue;
    const s = risk[which];
    const row = grid[s.likelihood - 1];
    if (row && s.consequence >= 1 && s.consequence <= 5) row[s.consequence - 1] += 1;
  }
  return grid;
}
