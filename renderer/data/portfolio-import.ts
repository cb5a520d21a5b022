import type { Contract } from '@shared/domain';
import { changedFields } from '@shared/import/contract-diff';
import { countOf } from '@shared/format';
import { parsePortfolio, type AppraisalBundle } from '@shared/import/portfolio-format';
import { readBundle } from './bundles';
import { applyImport } from './contracts';
import type { PlannerDb } from './db';
import { loadSettings, saveSettings } from './settings';
import { unmappedFileSummary, type ImportPreviewSummary } from '@shared/import/preview';

export interface PortfolioAnalysis {
  summary: ImportPreviewSummary;
  commit(db: PlannerDb, onProgress: (fraction: number) => void): Promise<{ importId: number; summary: string }>;
}

/**
 * A portfolio file merges into the register: contracts by reference, appraisals by id (each
 * replaced whole). A file that fails any check is refused as a whole, with every problem listed.
 */
export function analysePortfolioFile(
  fileName: string,
  bytes: Uint8Array,
  existing: ReadonlyMap<string, Contract>,
  /** Appraisals already stored, id → title: the preview names those the file would replace. */
  existingAppraisals: ReadonlyMap<string, string> = new Map(),
): PortfolioAnalysis {
  const parsed = parsePortfolio(bytes, { fileName });
  if (!parsed.ok) throw parsed.error;
  const { portfolio, fromVersion } = parsed.value;

  const toPut: Contract[] = [];
  const replaced: Contract[] = [];
  const addedRefs: string[] = [];
  const updates: ImportPreviewSummary['updates'] = [];
  let unchanged = 0;
  for (const contract of portfolio.contracts) {
    const previous = existing.get(contract.reference);
    if (!previous) {
      toPut.push(contract);
      addedRefs.push(contract.reference);
      continue;
    }
    const fields = changedFields(previous, contract);
    if (fields.length === 0) {
      unchanged++;
      continue;
    }
    toPut.push(contract);
    replaced.push(previous);
    if (updates.length < 20) updates.push({ reference: contract.reference, fields });
  }
  const counts = { new: addedRefs.length, update: replaced.length, unchanged, invalid: 0 };
  const appraisals = portfolio.appraisals;
  const notices =
    fromVersion < parsed.value.portfolio.version
      ? [
          `The file was written in an older format (version ${fromVersion}) and has been upgraded as it was read; the file itself is unchanged.`,
        ]
      : [];
  const replacedTitles = appraisals.flatMap((b) => {
    const title = existingAppraisals.get(b.appraisal.id);
    return title === undefined ? [] : [title];
  });
  if (replacedTitles.length) notices.push(replacedAppraisalsNotice(replacedTitles));

  const summaryText =
    `Imported ${fileName}: ${counts.new} new contracts, ${counts.update} updated, ${counts.unchanged} unchanged` +
    (appraisals.length ? `, ${countOf(appraisals.length, 'appraisal')}` : '') +
    '.';

  return {
    summary: unmappedFileSummary({ fileName, format: 'json', counts, appraisals: appraisals.length, notices, updates }),
    async commit(db, onProgress) {
      const previousBundles = (await Promise.all(appraisals.map((b) => readBundle(db, b.appraisal.id)))).filter(
        (b): b is AppraisalBundle => b !== undefined,
      );
      const importId = await applyImport(
        db,
        { fileName, toPut, replaced, addedRefs, summary: summaryText, appraisals: { toPut: appraisals, replaced: previousBundles } },
        onProgress,
      );
      if (portfolio.organisation.trustName) {
        const settings = await loadSettings(db);
        if (!settings.organisation.trustName) {
          await saveSettings(db, { ...settings, organisation: { ...settings.organisation, trustName: portfolio.organisation.trustName } });
        }
      }
      return { importId, summary: summaryText };
    },
  };
}

/** Says which stored appraisals an import would replace whole (their edits since are overwritten). */
export function replacedAppraisalsNotice(titles: readonly string[]): string {
  const quoted = titles.map((t) => `‘${t}’`).join(', ');
  return `This file replaces ${titles.length === 1 ? 'an appraisal you already have' : `${titles.length} appraisals you already have`}, as saved in the file: ${quoted}. Any changes made to ${titles.length === 1 ? 'it' : 'them'} here since will be overwritten (Undo puts ${titles.length === 1 ? 'it' : 'them'} back).`;
}

/** Every stored appraisal's title by id, for the import preview. */
export async function appraisalTitles(db: PlannerDb): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  await db.appraisals.each((a) => titles.set(a.id, a.title));
  return titles;
}
