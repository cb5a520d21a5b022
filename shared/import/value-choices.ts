import {
  CATEGORIES,
  CATEGORY_LABELS,
  CONTRACTING_MODELS,
  CONTRACTING_MODEL_LABELS,
  CONTRACT_STATUSES,
  CONTRACT_STATUS_LABELS,
  HOSTING_MODELS,
  HOSTING_MODEL_LABELS,
  PROCUREMENT_ROUTES,
  PROCUREMENT_ROUTE_LABELS,
  REGIMES,
  REGIME_LABELS,
} from '../domain/enums';
import { FIELD_KINDS, type ImportField } from './fields';

export interface ValueChoice {
  value: string;
  label: string;
}

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>): ValueChoice[] =>
  values.map((value) => ({ value, label: labels[value] }));

/**
 * The values a field with a fixed list accepts, by the app's own labels, for the preview's "what does
 * this value mean?" selects. Null for fields that take free text, dates or amounts.
 */
export function valueChoices(field: ImportField): ValueChoice[] | null {
  const kind = FIELD_KINDS[field];
  switch (kind) {
    case 'category':
      return choices(CATEGORIES, CATEGORY_LABELS);
    case 'contracting-model':
      return choices(CONTRACTING_MODELS, CONTRACTING_MODEL_LABELS);
    case 'procurement-route':
      return choices(PROCUREMENT_ROUTES, PROCUREMENT_ROUTE_LABELS);
    case 'regime':
      return choices(REGIMES, REGIME_LABELS);
    case 'hosting-model':
      return choices(HOSTING_MODELS, HOSTING_MODEL_LABELS);
    case 'status':
      return choices(CONTRACT_STATUSES, CONTRACT_STATUS_LABELS);
    default:
      return null;
  }
}
