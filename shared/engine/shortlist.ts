import { addDaysIso, addMonthsIso, daysBetween, type IsoDate } from '../dates';
import type {
  Contract,
  CostCategory,
  CostLine,
  Criterion,
  HostingModel,
  Option,
  OptionKind,
  ProcurementRoute,
  Regime,
  Settings,
} from '../domain';
import { regimeForDate } from '../law';
import { AppError } from '../result';
import { dayAfter, laterOf, primaryContract } from './feasibility-context';
import { implementationLeadMonths, routeLeadMonths } from './lead-times';
import { defaultCriteria } from './scoring';

/**
 * A first short list pre-filled from the contract(s) being appraised (Green Book: do-minimum plus
 * viable alternatives). Everything returned is plain data the user edits; the figures below are
 * starting assumptions, each written into the option's `assumptions` text so the report shows them.
 */

export interface ShortlistProposal {
  options: Option[];
  costLines: CostLine[];
  criteria: Criterion[];
}

/** Starting assumptions, as fractions of the current annual value. */
export const SHORTLIST_ASSUMPTIONS = {
  bridgeMonths: 24,
  lspExtensionMonths: 36,
  directTermMonths: 84,
  reprocureTermMonths: 120,
  frameworkTermMonths: 84,
  /** One-off implementation cost of a new EPR, × annual value (other systems: half). */
  implementationFactorEpr: 1.0,
  implementationFactorOther: 0.5,
  migrationFactor: 0.25,
  hostingTransferFactor: 0.1,
} as const;

/** Annual value, or total value pro rata over the contract's term, or 0 when neither is known. */
export function annualValueOf(contract: Contract): number {
  if (contract.annualValue !== undefined) return contract.annualValue;
  if (contract.totalValue !== undefined && contract.startDate) {
    const days = daysBetween(contract.startDate, contract.currentEndDate) + 1;
    if (days > 0) return (contract.totalValue * 365) / days;
  }
  return 0;
}

function asList(contracts: Contract | readonly Contract[]): readonly Contract[] {
  return Array.isArray(contracts) ? contracts : [contracts as Contract];
}

export function proposeShortlist(
  contracts: Contract | readonly Contract[],
  settings: Settings,
  today: IsoDate,
  newId: () => string,
  appraisalId = 'draft',
): ShortlistProposal {
  const list = asList(contracts);
  const primary = primaryContract(list);
  if (!primary) throw new AppError('shortlist-no-contract', 'Choose at least one contract to appraise.');

  const A = SHORTLIST_ASSUMPTIONS;
  const lead = settings.leadTimesMonths;
  const newRegime = regimeForDate(today);
  // A modification stays under the regime the contract was awarded under.
  const contractRegime: Regime = primary.regime ?? (primary.startDate ? regimeForDate(primary.startDate) : newRegime);
  const continueFrom = dayAfter(primary.currentEndDate);
  const annualTotal = list.reduce((sum, c) => sum + annualValueOf(c), 0);
  const currentHosting: HostingModel | undefined = list.find((c) => c.hostingModel)?.hostingModel;
  const hostingProvider = list.find((c) => c.hostingProvider)?.hostingProvider ?? '';
  const valueNote = list.some((c) => c.annualValue === undefined)
    ? ' Where a contract has no annual value it is taken pro rata from its total value (or 0 if neither is recorded).'
    : '';

  const options: Option[] = [];
  const costLines: CostLine[] = [];

  const recurring = (optionId: string, label: string, category: CostCategory, amount: number, start: IsoDate, end: IsoDate): void => {
    costLines.push({
      id: newId(),
      optionId,
      appraisalId,
      label,
      category,
      kind: 'recurring',
      amount,
      startDate: start,
      endDate: end,
      indexationPct: 0,
    });
  };
  const oneOff = (optionId: string, label: string, category: CostCategory, amount: number, date: IsoDate): void => {
    costLines.push({ id: newId(), optionId, appraisalId, label, category, kind: 'one-off', amount, date });
  };
  /** The current contracts continued as they are: one recurring line per contract. */
  const continueCurrent = (optionId: string, start: IsoDate, months: number): void => {
    const end = addDaysIso(addMonthsIso(start, months), -1);
    for (const c of list) {
      const category: CostCategory = c.category === 'hosting' ? 'hosting' : 'support';
      recurring(optionId, `${c.title} (${c.reference}) at current annual value`, category, annualValueOf(c), start, end);
    }
  };

  const add = (
    kind: OptionKind,
    name: string,
    route: ProcurementRoute,
    regime: Regime,
    startDate: IsoDate,
    durationMonths: number,
    extra: Partial<Option>,
  ): Option => {
    const option: Option = {
      id: newId(),
      appraisalId,
      kind,
      name,
      order: options.length,
      route,
      regime,
      terms: {
        startDate,
        durationMonths,
        breakClauses: [],
        noticePeriodDays: 0,
        extensionOptions: [],
        indexationPct: 0,
        modulesInScope: [...primary.modules],
      },
      newSystem: false,
      bridgeAvailable: false,
      extensionMonths: 0,
      legal: {},
      hosting: {
        currentModel: currentHosting,
        targetModel: currentHosting,
        provider: hostingProvider,
        dualRunningMonths: 0,
        transferCost: 0,
      },
      scores: {},
      rationale: '',
      assumptions: '',
      riskNotes: '',
      ...extra,
    };
    options.push(option);
    return option;
  };

  // 1. Do minimum: bridge extension of the current contract(s).
  const bridge = add(
    'do-minimum',
    `Do minimum: ${A.bridgeMonths}-month bridge extension`,
    'modification',
    contractRegime,
    continueFrom,
    A.bridgeMonths,
    {
      extensionMonths: A.bridgeMonths,
      rationale: 'Keeps the current service running while a longer-term option is decided and procured.',
      assumptions: `Current contracts continue at their current annual value for ${A.bridgeMonths} months; no costs are included after the bridge ends, so compare with care over the full appraisal period.${valueNote}`,
    },
  );
  continueCurrent(bridge.id, continueFrom, A.bridgeMonths);

  // 2. Stay with the LSP / prime contractor (only when the contract is held through one).
  if (primary.contractingModel === 'via-lsp') {
    const lsp = add(
      'extend-via-lsp',
      `Extend via ${primary.primeContractor || 'the LSP'} for ${A.lspExtensionMonths} months`,
      'modification',
      contractRegime,
      continueFrom,
      A.lspExtensionMonths,
      {
        extensionMonths: A.lspExtensionMonths,
        rationale: 'Stays with the national programme / prime contractor for a further period, if the national contract allows it.',
        assumptions: `Current contracts continue at their current annual value for ${A.lspExtensionMonths} months.${valueNote}`,
      },
    );
    continueCurrent(lsp.id, continueFrom, A.lspExtensionMonths);
  }

  // 3. Contract directly with the vendor (the Homerton route): technical reasons as the ground.
  const pa = newRegime === 'PA2023';
  const directStart = laterOf(continueFrom, addMonthsIso(today, routeLeadMonths('direct-award', lead)));
  const vendorHosting = currentHosting === 'lsp-data-centre';
  const direct = add(
    'direct-with-vendor',
    `Contract directly with ${primary.vendor || primary.supplier} (${A.directTermMonths / 12} years)`,
    pa ? 'direct-award' : 'negotiated-without-publication',
    newRegime,
    directStart,
    A.directTermMonths,
    {
      legalGround: pa ? 'pa2023-sch5-technical' : 'pcr2015-reg32-technical',
      rationale: 'Continues the installed system under a new contract directly with its vendor, avoiding a system change.',
      assumptions: `Annual cost stays at the current annual value.${vendorHosting ? ` Hosting moves from the LSP data centre to the vendor; one-off transfer cost assumed at ${A.hostingTransferFactor * 100}% of the annual value.` : ''}${valueNote}`,
      ...(vendorHosting
        ? {
            hosting: {
              currentModel: currentHosting,
              targetModel: 'vendor-hosted' as const,
              provider: primary.vendor ?? '',
              transferStart: directStart,
              goLive: addMonthsIso(directStart, lead.hostingTransfer),
              dualRunningMonths: 0,
              transferCost: annualTotal * A.hostingTransferFactor,
            },
          }
        : {}),
    },
  );
  recurring(
    direct.id,
    'Licence, support and hosting at current annual value',
    'support',
    annualTotal,
    directStart,
    addDaysIso(addMonthsIso(directStart, A.directTermMonths), -1),
  );
  if (vendorHosting)
    oneOff(direct.id, 'Hosting transfer to vendor', 'hosting-transfer', annualTotal * A.hostingTransferFactor, directStart);

  // 4 and 5. New system via a framework call-off, and via a full competition.
  const newSystem = (kind: OptionKind, name: string, route: ProcurementRoute, months: number, why: string): void => {
    const start = laterOf(continueFrom, addMonthsIso(today, routeLeadMonths(route, lead)));
    const goLive = addMonthsIso(start, implementationLeadMonths(primary.category, lead));
    const impl = primary.category === 'EPR' ? A.implementationFactorEpr : A.implementationFactorOther;
    const moveHosting = currentHosting !== undefined && currentHosting !== 'vendor-hosted';
    const o = add(kind, name, route, newRegime, start, months, {
      newSystem: true,
      rationale: why,
      assumptions: `Annual cost of the new system equals the current annual value; implementation ${impl * 100}% and data migration ${A.migrationFactor * 100}% of the annual value; go-live after ${implementationLeadMonths(primary.category, lead)} months. The current system must be bridged until go-live.${valueNote}`,
      hosting: {
        currentModel: currentHosting,
        targetModel: 'vendor-hosted',
        provider: '',
        transferStart: moveHosting ? start : undefined,
        goLive: moveHosting ? addMonthsIso(start, lead.hostingTransfer) : undefined,
        dualRunningMonths: 0,
        transferCost: 0,
      },
    });
    recurring(o.id, 'New system licence, support and hosting', 'licence', annualTotal, start, addDaysIso(addMonthsIso(start, months), -1));
    oneOff(o.id, 'Implementation', 'implementation', annualTotal * impl, start);
    oneOff(o.id, 'Data migration', 'migration', annualTotal * A.migrationFactor, goLive);
  };
  newSystem(
    'framework-call-off',
    `Framework call-off of a new system (${A.frameworkTermMonths / 12} years)`,
    'framework-call-off',
    A.frameworkTermMonths,
    'Calls off a framework (for example an EPR lot) with further competition: quicker than a full procurement.',
  );
  newSystem(
    're-procure',
    `Re-procure competitively (${A.reprocureTermMonths / 12} years)`,
    pa ? 'competitive-flexible' : 'open',
    A.reprocureTermMonths,
    'Runs a full competition for a new system, testing the market for the best value over a long term.',
  );

  return { options, costLines, criteria: defaultCriteria(appraisalId, newId) };
}
