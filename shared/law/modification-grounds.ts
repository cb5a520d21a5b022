import type { LegalGround } from './legal-ground';

/**
 * Grounds for changing (typically extending) an existing contract without a new procurement.
 *
 * PCR 2015 reg. 72(1) lists the permitted modifications; (a), (b), (c), (e) and (f) are the ones a
 * trust extending an IT contract can rely on ((d), a new contractor replacing the original, is not
 * an extension). Reg. 72(2) caps each (b) or (c) modification at 50% of the original contract value;
 * reg. 72(5) sets the de minimis limits; reg. 72(8) defines "substantial".
 *
 * PA 2023 s.74 permits a modification that is a permitted modification under Schedule 8, is not a
 * substantial modification, or is a below-threshold modification. A substantial modification is one
 * that would increase or decrease the term by more than 10% of the maximum term provided for on
 * award, materially change the scope, or materially change the economic balance in the supplier's
 * favour. s.75 requires a contract change notice to be published before most modifications.
 */

export const PA2023_MODIFICATION_NOTE =
  'Under the Procurement Act 2023 (s.74) a contract may be changed without a new procurement if the ' +
  'change is permitted by Schedule 8, is not substantial, or is below threshold. A change is ' +
  'substantial if it extends (or shortens) the term by more than 10% of the maximum term provided ' +
  'for when the contract was awarded, or materially changes its scope or its economic balance in ' +
  "the supplier's favour. Before making most changes the trust must publish a contract change " +
  'notice (s.75) and may choose to wait a voluntary standstill period before the change takes effect.';

export const PA2023_MODIFICATION_GROUNDS: readonly LegalGround[] = [
  {
    code: 'pa2023-sch8-provided-for',
    regime: 'PA2023',
    kind: 'modification',
    label: 'Provided for in the contract',
    description:
      'The contract as awarded, and its tender or transparency notice, clearly provided for this change (for example an extension option), and it does not change the overall nature of the contract.',
    citation: 'PA 2023 s.74 and Sch. 8 para. 1',
    conditions: ['Unambiguously provided for in the contract and the notice', 'Overall nature unchanged'],
    commonForIt: true,
  },
  {
    code: 'pa2023-sch8-unforeseeable',
    regime: 'PA2023',
    kind: 'modification',
    label: 'Unforeseeable circumstances',
    description:
      'The need arises from circumstances the trust could not reasonably have foreseen when it awarded the contract; the change does not alter the overall nature of the contract and adds no more than 50% to its estimated value.',
    citation: 'PA 2023 s.74 and Sch. 8 para. 4',
    conditions: ['Not reasonably foreseeable before award', 'Overall nature unchanged', 'Value increase ≤ 50%'],
    valueCapPct: 50,
  },
  {
    code: 'pa2023-s74-not-substantial',
    regime: 'PA2023',
    kind: 'modification',
    label: 'Not a substantial modification',
    description:
      "The change extends the term by no more than 10% of the maximum term provided for on award and does not materially change the scope or the economic balance in the supplier's favour.",
    citation: 'PA 2023 s.74',
    conditions: [
      'Term change ≤ 10% of the maximum term',
      'No material change to scope',
      'No material shift of economic balance to the supplier',
    ],
    commonForIt: true,
  },
];

export const PCR2015_MODIFICATION_GROUNDS: readonly LegalGround[] = [
  {
    code: 'pcr2015-reg72-1a-review-clause',
    regime: 'PCR2015',
    kind: 'modification',
    label: '(a) Review clause or option in the original documents',
    description:
      'The original procurement documents contained a clear, precise and unequivocal review clause or option (for example an extension option) covering this change, and it does not alter the overall nature of the contract.',
    citation: 'PCR 2015 reg. 72(1)(a)',
    conditions: ['Clear, precise and unequivocal clause in the original documents', 'Overall nature unchanged'],
    commonForIt: true,
  },
  {
    code: 'pcr2015-reg72-1b-additional',
    regime: 'PCR2015',
    kind: 'modification',
    label: '(b) Additional supplies; change of supplier impossible',
    description:
      'Additional services or supplies by the original contractor have become necessary, a change of contractor cannot be made for economic or technical reasons (such as interoperability with the installed system) and would cause the trust significant inconvenience or substantial duplication of costs. Each such change may add at most 50% of the original contract value.',
    citation: 'PCR 2015 reg. 72(1)(b) and (2)',
    conditions: [
      'Change of contractor impossible for economic or technical reasons',
      'Change of contractor would cause significant inconvenience or substantial duplication of costs',
      'Price increase ≤ 50% of the original value per modification',
    ],
    valueCapPct: 50,
    commonForIt: true,
  },
  {
    code: 'pcr2015-reg72-1c-unforeseeable',
    regime: 'PCR2015',
    kind: 'modification',
    label: '(c) Unforeseeable circumstances',
    description:
      'The need was brought about by circumstances a diligent trust could not have foreseen, the overall nature of the contract is unchanged, and each such change adds at most 50% of the original contract value.',
    citation: 'PCR 2015 reg. 72(1)(c) and (2)',
    conditions: [
      'Circumstances a diligent authority could not foresee',
      'Overall nature unchanged',
      'Price increase ≤ 50% of the original value per modification',
    ],
    valueCapPct: 50,
  },
  {
    code: 'pcr2015-reg72-1e-not-substantial',
    regime: 'PCR2015',
    kind: 'modification',
    label: '(e) Not substantial',
    description:
      'The change is not substantial: it does not make the contract materially different, would not have changed who bid or won, does not shift the economic balance to the contractor, and does not extend the scope considerably.',
    citation: 'PCR 2015 reg. 72(1)(e) and (8)',
    conditions: ['None of the reg. 72(8) tests for a substantial modification is met'],
  },
  {
    code: 'pcr2015-reg72-1f-de-minimis',
    regime: 'PCR2015',
    kind: 'modification',
    label: '(f) De minimis change',
    description:
      'The value of the change is below the procurement threshold and below 10% of the original value for a services or supply contract (15% for works), and it does not alter the overall nature of the contract.',
    citation: 'PCR 2015 reg. 72(1)(f) and (5)',
    conditions: ['Below the relevant threshold', 'Below 10% of the initial value (services/supplies)', 'Overall nature unchanged'],
  },
];

export const MODIFICATION_GROUNDS: readonly LegalGround[] = [...PA2023_MODIFICATION_GROUNDS, ...PCR2015_MODIFICATION_GROUNDS];
