import { daysBetween, type IsoDate } from '../dates';
import type {
  Contract,
  CostCategory,
  CostLine,
  Criterion,
  GoLiveLink,
  HostingModel,
  Option,
  OptionKind,
  ProcurementRoute,
  Regime,
  Settings,
} from '../domain';
import { costLineSchema, DEFAULT_OPTIMISM_BIAS, optionSchema } from '../domain';
import { regimeForDate } from '../law';
import { AppError } from '../result';
import { afterLeadTime, termEnd } from '../domain/option-terms';
import { addDaysIso, addMonthsIso, dayNumberToIso, fyStartDay } from '../dates';
import { currentHostingEnd, dayAfter, laterOf, primaryContract } from './feasibility-context';
import { implementationLeadMonths, routeLeadMonths } from './lead-times';
import { firstFinancialYear } from './period';
import { defaultCriteria } from './scoring';

/**
 * A first short list built from the contract(s) being appraised (docs/domain.md §3 and §4), so a
 * new appraisal is like for like from the start:
 * - business as usual (the benchmark) always, the current contracts carrying on to the period end;
 * - a do-minimum bridge, followed by re-procurement;
 * - staying with the LSP (when the contract is held through one), followed by re-procurement;
 * - contracting directly with the vendor; when the current hosting ends within the new term (a
 *   hosting contract of its own included) the vendor takes over hosting "under one roof", as at
 *   Homerton, and any hosting gap is costed as an extension of the current hosting;
 * - a framework call-off and a competitive re-procurement of a new system, each with a bridge of the
 *   current system until go-live, dual running after it and an implementation cost from an editable
 *   multiple of annual value (Settings.shortlist: a product assumption, not a published figure).
 * Every figure is plain data the user edits; the assumptions are described from the data each time
 * (describeAssumptions), never stored as prose.
 */

export interface ShortlistProposal {
  options: Option[];
  costLines: CostLine[];
  criteria: Criterion[];
}

/** Terms in months for the proposed options. */
export const SHORTLIST_TERMS = { lspExtensionMonths: 36, directTermMonths: 84, reprocureTermMonths: 120, frameworkTermMonths: 84 } as const;

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

type ProposalSettings = Pick<Settings, 'leadTimesMonths' | 'appraisalPeriodYears' | 'shortlist'>;

export function proposeShortlist(
  contracts: Contract | readonly Contract[],
  settings: ProposalSettings,
  today: IsoDate,
  newId: () => string,
  appraisalId = 'draft',
  linked: readonly Contract[] = [],
): ShortlistProposal {
  const list = asList(contracts);
  const primary = primaryContract(list);
  if (!primary) throw new AppError('shortlist-no-contract', 'Choose at least one contract to appraise.');
  const S = settings.shortlist;
  const T = SHORTLIST_TERMS;
  const lead = settings.leadTimesMonths;
  const newRegime = regimeForDate(today);
  const pa = newRegime === 'PA2023';
  // A modification stays under the regime the contract was awarded under.
  const contractRegime: Regime = primary.regime ?? (primary.startDate ? regimeForDate(primary.startDate) : newRegime);
  const periodEnd = dayNumberToIso(fyStartDay(firstFinancialYear(today) + settings.appraisalPeriodYears) - 1);
  const continueFrom = dayAfter(primary.currentEndDate);
  // The service runs on the appraised contracts and any separate hosting contract linked to them.
  const linkedHosting = linked.filter((c) => c.category === 'hosting' && !list.some((l) => l.reference === c.reference));
  const current = [...list, ...linkedHosting];
  const annualTotal = current.reduce((sum, c) => sum + annualValueOf(c), 0);
  const hostingContracts = current.filter((c) => c.category === 'hosting');
  const hostingAnnual = hostingContracts.reduce((sum, c) => sum + annualValueOf(c), 0);
  const systemAnnual = annualTotal - hostingAnnual;
  const currentHosting: HostingModel | undefined = current.find((c) => c.hostingModel)?.hostingModel;
  const hostingProvider = current.find((c) => c.hostingProvider)?.hostingProvider ?? '';
  const hostingEnd = currentHostingEnd(list, linked);
  const implMonths = implementationLeadMonths(primary.category, lead);
  const implMultiple = primary.category === 'EPR' ? S.implementationMultipleEpr : S.implementationMultipleOther;

  const options: Option[] = [];
  const costLines: CostLine[] = [];
  const lineOrder = new Map<string, number>();

  const push = (optionId: string, line: Record<string, unknown>): void => {
    const order = lineOrder.get(optionId) ?? 0;
    lineOrder.set(optionId, order + 1);
    costLines.push(costLineSchema.parse({ id: newId(), optionId, appraisalId, order, ...line }));
  };
  const recurring = (
    optionId: string,
    label: string,
    category: CostCategory,
    amount: number,
    start: IsoDate,
    end: IsoDate,
    goLiveLink?: GoLiveLink,
  ): void => {
    if (amount === 0 || end < start) return;
    push(optionId, { label, category, kind: 'recurring', amount, startDate: start, endDate: end, indexationPct: 0, goLiveLink });
  };
  const oneOff = (
    optionId: string,
    label: string,
    category: CostCategory,
    amount: number,
    date: IsoDate,
    goLiveLink?: GoLiveLink,
  ): void => {
    if (amount === 0) return;
    push(optionId, { label, category, kind: 'one-off', amount, date, goLiveLink });
  };
  /** Each current contract carried on at its current annual value from the day after it ends. */
  const carryOn = (optionId: string, until: IsoDate, prefix: string, goLiveLink?: GoLiveLink, from?: IsoDate): void => {
    for (const c of current) {
      const start = laterOf(from ?? dayAfter(c.currentEndDate), dayAfter(c.currentEndDate));
      const category: CostCategory = c.category === 'hosting' ? 'hosting' : 'support';
      recurring(optionId, `${prefix}: ${c.title} (${c.reference})`, category, annualValueOf(c), start, until, goLiveLink);
    }
  };

  const add = (
    kind: OptionKind,
    name: string,
    route: ProcurementRoute,
    regime: Regime,
    startDate: IsoDate,
    durationMonths: number,
    extra: Record<string, unknown>,
  ): Option => {
    const option = optionSchema.parse({
      id: newId(),
      appraisalId,
      kind,
      name,
      order: options.length,
      route,
      regime,
      terms: { startDate, durationMonths, modulesInScope: [...primary.modules] },
      hosting: { currentModel: currentHosting, targetModel: currentHosting, provider: hostingProvider },
      optimismBias: DEFAULT_OPTIMISM_BIAS,
      ...extra,
    });
    options.push(option);
    return option;
  };
  const monthsTo = (from: IsoDate, to: IsoDate): number => {
    let m = 0;
    while (addMonthsIso(from, m + 1) <= dayAfter(to)) m++;
    return Math.max(1, m);
  };

  // Business as usual: the benchmark, carrying on to the end of the period.
  const bau = add(
    'business-as-usual',
    'Business as usual: current contracts carry on',
    'modification',
    contractRegime,
    continueFrom,
    monthsTo(continueFrom, periodEnd),
    {
      rationale:
        'The benchmark every option is measured against: the current contracts and hosting carry on as they are, at current prices.',
    },
  );
  carryOn(bau.id, periodEnd, 'Current contract carries on');

  // New-system options first (the bridges and extensions below are followed by re-procurement).
  const newSystem = (kind: OptionKind, name: string, route: ProcurementRoute, months: number, why: string): Option => {
    const start = laterOf(continueFrom, afterLeadTime(today, routeLeadMonths(route, lead)));
    const goLive = afterLeadTime(start, implMonths);
    const end = addDaysIso(addMonthsIso(start, months), -1);
    const o = add(kind, name, route, newRegime, start, months, {
      newSystem: true,
      bridgeAvailable: true,
      implementationMonths: implMonths,
      rationale: why,
      hosting: {
        currentModel: currentHosting,
        targetModel: 'vendor-hosted',
        provider: '',
        transferStart: start,
        goLive,
        dualRunningMonths: S.dualRunningMonths,
      },
    });
    recurring(o.id, 'New system: licence, support and hosting', 'licence', annualTotal, start, end);
    oneOff(o.id, 'Implementation', 'implementation', annualTotal * implMultiple, start);
    oneOff(o.id, 'Data migration', 'migration', annualTotal * S.migrationMultiple, goLive, 'from-go-live');
    carryOn(o.id, addDaysIso(goLive, -1), 'Bridge until go-live', 'until-go-live');
    recurring(
      o.id,
      'Dual running after go-live: current system',
      'dual-running',
      systemAnnual,
      goLive,
      addDaysIso(addMonthsIso(goLive, S.dualRunningMonths), -1),
      'from-go-live',
    );
    return o;
  };
  const reprocure = newSystem(
    're-procure',
    `Re-procure competitively (${T.reprocureTermMonths / 12} years)`,
    pa ? 'competitive-flexible' : 'open',
    T.reprocureTermMonths,
    'Runs a full competition for a new system, testing the market for the best value over a long term.',
  );
  const framework = newSystem(
    'framework-call-off',
    `Framework call-off of a new system (${T.frameworkTermMonths / 12} years)`,
    'framework-call-off',
    T.frameworkTermMonths,
    'Calls off a framework (for example an EPR lot) with further competition: quicker than a full procurement.',
  );

  /** What follows a term that ends inside the period: re-procurement from the day after. */
  const thenReprocure = (o: Option): void => {
    const end = termEnd(o.terms);
    if (end < periodEnd) o.followOn = { kind: 'option', optionId: reprocure.id, from: dayAfter(end) };
  };
  /** What follows a term that ends inside the period: the same service continued by explicit lines. */
  const thenContinue = (o: Option, annual: number, label: string): void => {
    const end = termEnd(o.terms);
    if (end >= periodEnd) return;
    o.followOn = { kind: 'lines', description: 'The service continues at the same annual value (an extension or a new contract).' };
    recurring(o.id, label, 'support', annual, dayAfter(end), periodEnd);
  };
  thenContinue(framework, annualTotal, 'After the term: the service continues at the same annual value');

  // Do minimum: a bridge extension, followed by re-procurement.
  const bridgeEnd = addDaysIso(addMonthsIso(continueFrom, S.bridgeMonths), -1);
  const bridge = add(
    'do-minimum',
    `Do minimum: ${S.bridgeMonths}-month bridge, then re-procure`,
    'modification',
    contractRegime,
    continueFrom,
    S.bridgeMonths,
    {
      extensionMonths: S.bridgeMonths,
      rationale: 'Keeps the current service running while the new system is procured; re-procurement follows the bridge.',
    },
  );
  carryOn(bridge.id, bridgeEnd, 'Bridge extension');
  thenReprocure(bridge);

  // Stay with the LSP / prime contractor (only when the contract is held through one).
  if (primary.contractingModel === 'via-lsp') {
    const lspEnd = addDaysIso(addMonthsIso(continueFrom, T.lspExtensionMonths), -1);
    const lsp = add(
      'extend-via-lsp',
      `Extend via ${primary.primeContractor || 'the LSP'} for ${T.lspExtensionMonths} months, then re-procure`,
      'modification',
      contractRegime,
      continueFrom,
      T.lspExtensionMonths,
      {
        extensionMonths: T.lspExtensionMonths,
        rationale: 'Stays with the national programme / prime contractor for a further period, if the national contract allows it.',
      },
    );
    carryOn(lsp.id, lspEnd, 'Extension via the LSP');
    thenReprocure(lsp);
  }

  // Contract directly with the vendor (the Homerton route), bringing hosting under one roof whenever
  // the current hosting ends within the new term.
  const directStart = laterOf(continueFrom, afterLeadTime(today, routeLeadMonths('direct-award', lead)));
  const directEnd = addDaysIso(addMonthsIso(directStart, T.directTermMonths), -1);
  const vendorHosting = hostingEnd !== undefined && currentHosting !== 'vendor-hosted' && hostingEnd.date <= directEnd;
  const hostingGoLive = afterLeadTime(directStart, lead.hostingTransfer);
  const vendor = primary.vendor || primary.supplier;
  const direct = add(
    'direct-with-vendor',
    `Contract directly with ${vendor} (${T.directTermMonths / 12} years)`,
    pa ? 'direct-award' : 'negotiated-without-publication',
    newRegime,
    directStart,
    T.directTermMonths,
    {
      legalGround: pa ? 'pa2023-sch5-technical' : 'pcr2015-reg32-technical',
      rationale: `Continues the installed system under a new contract directly with ${vendor}, avoiding a system change${vendorHosting ? ', with hosting, support and maintenance under one roof' : ''}.`,
      ...(vendorHosting
        ? {
            hosting: {
              currentModel: currentHosting,
              targetModel: 'vendor-hosted' as const,
              provider: vendor,
              transferStart: directStart,
              goLive: hostingGoLive,
              transferCost: annualTotal * S.hostingTransferMultiple,
            },
          }
        : {}),
    },
  );
  recurring(
    direct.id,
    `Licence and support direct with ${vendor}`,
    'support',
    vendorHosting ? systemAnnual : annualTotal,
    directStart,
    directEnd,
  );
  if (vendorHosting && hostingEnd) {
    recurring(
      direct.id,
      `Hosting by ${vendor}`,
      'hosting',
      hostingAnnual || annualTotal * S.hostingTransferMultiple,
      hostingGoLive,
      directEnd,
    );
    oneOff(direct.id, `Hosting transfer to ${vendor}`, 'hosting-transfer', annualTotal * S.hostingTransferMultiple, directStart);
    // The hosting gap, costed: current hosting extended from its end until the vendor's goes live.
    const gapFrom = dayAfter(hostingEnd.date);
    const gapTo = addDaysIso(hostingGoLive, -1);
    recurring(
      direct.id,
      `Hosting gap: ${hostingEnd.source.title} (${hostingEnd.source.reference}) extended until transfer`,
      'hosting',
      hostingAnnual,
      gapFrom,
      gapTo,
    );
  }
  // Systems other than hosting run on from their current end until the direct contract starts.
  for (const c of list.filter((x) => x.category !== 'hosting')) {
    recurring(
      direct.id,
      `Until the direct contract starts: ${c.title} (${c.reference})`,
      'support',
      annualValueOf(c),
      dayAfter(c.currentEndDate),
      addDaysIso(directStart, -1),
    );
  }
  thenContinue(direct, annualTotal, `After the term: the direct contract continues at the same annual value`);

  // Keep the list in a reading order: BAU, do minimum, stay, direct, framework, re-procure.
  const rank: Record<OptionKind, number> = {
    'business-as-usual': 0,
    'do-minimum': 1,
    'extend-via-lsp': 2,
    'direct-with-vendor': 3,
    'framework-call-off': 4,
    're-procure': 5,
  };
  options.sort((a, b) => rank[a.kind] - rank[b.kind]);
  options.forEach((o, i) => (o.order = i));
  return { options, costLines, criteria: defaultCriteria(appraisalId, newId) };
}
