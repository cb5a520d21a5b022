import type { Page } from '@playwright/test';
import type { Contract, Settings } from '@shared/domain';
import type { AppraisalBundle } from '@shared/import/portfolio-format';
import { putRecords } from '../../support/idb-seed';

/**
 * Writes contracts and an appraisal bundle straight into the app's IndexedDB from the page, without
 * driving the appraisal screens. The app must have opened its database first (so the stores exist).
 */
export function seedAppraisal(page: Page, data: { contracts: Contract[]; bundle: AppraisalBundle; settings?: Settings }): Promise<void> {
  const { appraisal, criteria, options, costLines, risks } = data.bundle;
  return putRecords(page, {
    contracts: data.contracts,
    appraisals: [appraisal],
    criteria,
    options,
    costLines,
    risks,
    settings: data.settings ? [{ key: 'app', value: data.settings }] : [],
  });
}
