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
  type Category,
  type ContractingModel,
  type ContractStatus,
  type HostingModel,
  type ProcurementRoute,
  type Regime,
} from '../domain/enums';
import { CONTRACT_FIELD, type ChoiceKind, type FieldChoice } from '../domain/contract-fields';
import type { ImportField } from './fields';
import { cellText, fail, ok, quote, type Cell, type Parsed } from './grid';

/**
 * Registers spell the same thing many ways ("Via LSP", "National Programme", "NPfIT"). Matching is on
 * a squeezed form (lower case, `&` → "and", letters and digits only) against the code, the app's own
 * label and the synonyms below. Synonyms are deliberately conservative: a value that could mean two
 * things is left unmatched so the user is asked rather than silently given the wrong one.
 */
export function squeeze(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');
}

type EnumParser<T extends string> = (cell: Cell) => Parsed<T>;

function makeEnumParser<T extends string>(
  noun: string,
  values: readonly T[],
  labels: Record<T, string>,
  synonyms: Partial<Record<T, readonly string[]>>,
  /** Tried when no spelling matches: reads qualified values such as "Further competition (HSSF)". */
  fallback?: (text: string, known: (spelling: string) => T | undefined) => T | undefined,
): EnumParser<T> {
  const lookup = new Map<string, T>();
  const add = (spelling: string, value: T): void => {
    const key = squeeze(spelling);
    const taken = lookup.get(key);
    // A spelling claimed by two values is a bug in the tables above, caught when the module loads.
    if (taken !== undefined && taken !== value) throw new Error(`${noun}: '${spelling}' matches ${taken} and ${value}`);
    lookup.set(key, value);
  };
  for (const value of values) {
    add(value, value);
    add(labels[value], value);
    for (const s of synonyms[value] ?? []) add(s, value);
  }
  const choices = values.map((v) => labels[v]).join('; ');
  // A register repeats a handful of spellings thousands of times; remember recent answers.
  const memo = new Map<string, Parsed<T>>();
  return (cell) => {
    const text = cellText(cell).trim();
    const known = memo.get(text);
    if (known) return known;
    const found = lookup.get(squeeze(text)) ?? fallback?.(text, (spelling) => lookup.get(squeeze(spelling)));
    const result = found ? ok(found) : fail<T>(`${quote(text)} is not a recognised ${noun}: use one of ${choices}`);
    if (memo.size >= 1000) memo.clear();
    memo.set(text, result);
    return result;
  };
}

/** Lower-case words of a value, space-separated and padded, so phrases match whole words only. */
function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ')} `;
}

const hasPhrase = (text: string, phrases: readonly string[]): boolean => {
  const w = words(text);
  return phrases.some((p) => w.includes(` ${p} `));
};

/**
 * National frameworks and the bodies that run them, as NHS registers name them: Health Systems Support
 * Framework (HSSF, run by NHS England), Crown Commercial Service (CCS, incl. G-Cloud), NHS Shared
 * Business Services (NHS SBS) and NHS Supply Chain. A value naming one of them is a framework call-off.
 */
const FRAMEWORK_PHRASES = [
  'hssf',
  'health systems support framework',
  'ccs',
  'crown commercial service',
  'crown commercial services',
  'nhs sbs',
  'sbs',
  'nhs shared business services',
  'shared business services',
  'g cloud',
  'gcloud',
  'nhs supply chain',
];
const PSR_PHRASES = ['psr', 'provider selection regime'];

/** "Direct award (single tender waiver)", "Open tender - Find a Tender": the part before the qualifier. */
function withoutQualifier(text: string): string | null {
  const bracket = /^(.+?)\s*[([].*$/.exec(text);
  if (bracket) return bracket[1];
  const dash = /^(.+?)\s+[-–—:]\s+.+$/.exec(text);
  return dash ? dash[1] : null;
}

/**
 * Qualified routes: a PSR marker picks the PSR process the words name; a named framework makes any
 * route on it (further competition or a framework's own direct award) a framework call-off; otherwise
 * the words before a bracket or dash decide. Anything else stays unrecognised, so the user is asked.
 */
function qualifiedRoute(text: string, known: (spelling: string) => ProcurementRoute | undefined): ProcurementRoute | undefined {
  if (hasPhrase(text, PSR_PHRASES)) {
    if (hasPhrase(text, ['direct award'])) return 'psr-direct-award';
    if (hasPhrase(text, ['most suitable provider'])) return 'psr-most-suitable-provider';
    if (hasPhrase(text, ['competitive process', 'competitive', 'competition'])) return 'psr-competitive';
    return undefined;
  }
  if (hasPhrase(text, FRAMEWORK_PHRASES)) return 'framework-call-off';
  const base = withoutQualifier(text);
  return base ? known(base) : undefined;
}

export const parseCategory: EnumParser<Category> = makeEnumParser('category', CATEGORIES, CATEGORY_LABELS, {
  EPR: ['Electronic Patient Record', 'Electronic Patient Records', 'EPR system', 'EHR', 'Electronic Health Record'],
  PAS: ['Patient Administration System', 'Patient Administration'],
  PACS: ['Picture Archiving and Communication System', 'Radiology', 'PACS/RIS', 'RIS', 'Imaging'],
  LIMS: ['Laboratory Information Management System', 'Laboratory', 'Pathology', 'LIMS (Pathology)'],
  maternity: ['Maternity system', 'Maternity information system'],
  ED: ['Emergency Department', 'A&E', 'Accident and Emergency', 'ED system', 'Emergency care'],
  theatres: ['Theatre', 'Theatres management', 'Theatre management'],
  hosting: ['Data centre', 'Data center', 'Hosting services'],
  network: ['Networks', 'WAN', 'LAN', 'HSCN', 'Connectivity'],
  infrastructure: ['Infrastructure services', 'Hardware', 'End user devices'],
  support: ['Support and maintenance', 'Maintenance', 'Managed service'],
  other: ['Misc', 'Miscellaneous'],
});

export const parseContractingModel: EnumParser<ContractingModel> = makeEnumParser(
  'contracting model',
  CONTRACTING_MODELS,
  CONTRACTING_MODEL_LABELS,
  {
    direct: ['Direct', 'Direct with supplier', 'Direct contract', 'Vendor direct'],
    'via-lsp': [
      'Via LSP',
      'LSP',
      'National Programme',
      'National Programme for IT',
      'NPfIT',
      'Via prime contractor',
      'Prime contractor',
      'Via prime',
    ],
    reseller: ['Reseller', 'Via reseller', 'Partner', 'Via partner'],
    framework: ['Framework', 'Via framework', 'Framework call off'],
  },
  (text) => (hasPhrase(text, FRAMEWORK_PHRASES) ? 'framework' : undefined),
);

export const parseProcurementRoute: EnumParser<ProcurementRoute> = makeEnumParser(
  'procurement route',
  PROCUREMENT_ROUTES,
  PROCUREMENT_ROUTE_LABELS,
  {
    open: ['Open', 'Open tender', 'Open procedure'],
    restricted: ['Restricted', 'Restricted tender'],
    'competitive-flexible': ['Competitive flexible', 'Competitive flexible procedure'],
    'framework-call-off': [
      'Call-off from framework',
      'Framework call-off',
      'Framework',
      'Further competition',
      'Mini competition',
      'Mini-competition',
      'Framework direct award',
      'Call-off',
    ],
    'direct-award': ['Direct Award', 'Single tender action', 'STA', 'Single tender waiver', 'Waiver'],
    'negotiated-without-publication': ['Negotiated without publication', 'Negotiated procedure without prior publication', 'NPWPP'],
    modification: ['Modification', 'Contract modification', 'Variation', 'Contract variation', 'Contract extension', 'Extension'],
    // A PSR direct award is its own route, never the generic one (it needs a PSR process, not a Schedule 5 ground).
    'psr-direct-award': [
      'PSR direct award',
      'Direct award process A',
      'Direct award process B',
      'Direct award process C',
      'PSR direct award process A',
      'PSR direct award process B',
      'PSR direct award process C',
      'Direct award (Provider Selection Regime)',
    ],
    'psr-most-suitable-provider': ['Most suitable provider', 'Most suitable provider process', 'PSR most suitable provider', 'MSP (PSR)'],
    'psr-competitive': ['PSR competitive process', 'Competitive process (Provider Selection Regime)', 'Competitive process'],
  },
  qualifiedRoute,
);

export const parseRegime: EnumParser<Regime> = makeEnumParser('regime', REGIMES, REGIME_LABELS, {
  PCR2015: ['PCR 2015', 'PCR', 'PCRs', 'PCR15', 'Public Contracts Regulations'],
  PA2023: ['PA 2023', 'PA23', 'Procurement Act', 'Procurement Act 2023 (PA23)'],
  PSR: ['Provider Selection Regime', 'PSR 2023', 'Health Care Services (Provider Selection Regime) Regulations 2023'],
});

export const parseHostingModel: EnumParser<HostingModel> = makeEnumParser('hosting model', HOSTING_MODELS, HOSTING_MODEL_LABELS, {
  'on-premise': [
    'On premise',
    'On-prem',
    'On prem',
    'On premises',
    'On-site',
    'Onsite',
    'Trust data centre',
    'Local',
    'In house',
    'Self hosted',
  ],
  'lsp-data-centre': ['LSP data center', 'LSP hosted', 'Hosted by LSP', 'LSP'],
  'vendor-hosted': [
    'Vendor hosted',
    'Supplier hosted',
    'Hosted by supplier',
    'Hosted by vendor',
    'SaaS',
    'Software as a service',
    'Supplier data centre',
  ],
  'third-party': ['Third party', 'Third-party', 'Third party hosted', 'Colocation', 'Co-location', 'Managed hosting'],
  'public-cloud': ['Public cloud', 'Cloud', 'AWS', 'Azure', 'Microsoft Azure', 'Google Cloud', 'Amazon Web Services'],
});

export const parseStatus: EnumParser<ContractStatus> = makeEnumParser('status', CONTRACT_STATUSES, CONTRACT_STATUS_LABELS, {
  active: ['Live', 'Current', 'Open', 'In contract', 'Active contract'],
  expiring: ['Due to expire', 'Expiring soon', 'Ending'],
  expired: ['Ended', 'Terminated', 'Closed', 'Expired contract', 'Lapsed'],
  'in-procurement': ['Procurement', 'Re-procurement', 'Reprocurement', 'Tendering', 'Out to tender', 'In tender'],
});

/** Each fixed-list field kind's parser: its own table of the spellings a register may use. */
export const CHOICE_PARSERS: Readonly<Record<ChoiceKind, EnumParser<string>>> = {
  category: parseCategory,
  'contracting-model': parseContractingModel,
  'procurement-route': parseProcurementRoute,
  regime: parseRegime,
  'hosting-model': parseHostingModel,
  status: parseStatus,
};

export type ValueChoice = FieldChoice;

/**
 * The values a field with a fixed list accepts, by the app's own labels, for the preview's "what does
 * this value mean?" selects. Null for fields that take free text, dates or amounts.
 */
export function valueChoices(field: ImportField): ValueChoice[] | null {
  const list = CONTRACT_FIELD[field].choices;
  return list ? [...list] : null;
}
