import type { LegalGround } from './legal-ground';

/**
 * Grounds for changing an existing contract without a new procurement, by the contract's own regime
 * (docs/domain.md §5, "Modifying a contract").
 *
 * PA 2023 s.74(1): a public contract may be modified if the modification is a permitted modification
 * under Schedule 8 (legislation.gov.uk/ukpga/2023/54/schedule/8), is not a substantial modification
 * (s.74(3)), or is a below-threshold modification (s.74(4)-(6)); light-touch contracts may be modified
 * freely (s.74(2)). Percentages use the maximum term provided for on award and the estimated value
 * immediately before the change.
 *
 * PCR 2015 reg. 72(1) lists the permitted modifications (a)-(f); reg. 72(2) caps each (b) or (c)
 * modification at 50% of the original contract value; reg. 72(5) sets the de minimis limits, applied
 * to successive changes on their net cumulative value (72(6)); reg. 72(8) defines "substantial". PCR has
 * NO "10% of the term" safe harbour.
 *
 * PSR reg. 13 (legislation.gov.uk/uksi/2023/1348/regulation/13): modifications of contracts for
 * health care services. Its limbs are cited by name because later amendments renumbered them.
 */

export const PA2023_MODIFICATION_NOTE =
  'Under the Procurement Act 2023 (s.74) a contract may be changed without a new procurement if the ' +
  'change is permitted by Schedule 8, is not substantial, or is a below-threshold modification. A change is ' +
  'substantial if it lengthens or shortens the term by more than 10% of the maximum term provided for ' +
  'when the contract was awarded, or materially changes its scope or its economic balance in the ' +
  "supplier's favour (s.74(3)). Before most changes the trust must publish a contract change notice " +
  '(s.75) and may wait a voluntary standstill of at least 8 working days (s.76). This applies only to ' +
  'contracts under the Act: a contract awarded under PCR 2015 is changed under PCR 2015 reg. 72.';

export const PA2023_MODIFICATION_GROUNDS: readonly LegalGround[] = [
  {
    code: 'pa2023-sch8-provided-for',
    regime: 'PA2023',
    kind: 'modification',
    label: 'Provided for in the contract',
    description:
      'The contract as awarded, and its tender or transparency notice, unambiguously provided for this change (for example an extension option), and it does not change the overall nature of the contract. No cap on value.',
    citation: 'PA 2023 s.74(1)(a) and Sch. 8 para. 1',
    conditions: [
      'Unambiguously provided for in the contract as awarded and in its tender or transparency notice',
      'Overall nature unchanged',
    ],
    commonForIt: true,
  },
  {
    code: 'pa2023-sch8-urgency',
    regime: 'PA2023',
    kind: 'modification',
    label: 'Urgency or protection of life',
    description:
      "The change's purpose could otherwise be met by a direct award on the ground of extreme and unavoidable urgency (Sch. 5 para. 13) or to protect life (s.42). Never where the trust caused or could have foreseen the urgency.",
    citation: 'PA 2023 s.74(1)(a) and Sch. 8 paras. 2–3',
    conditions: [
      'A direct award under Sch. 5 para. 13 (or s.42 regulations) would be possible',
      'Urgency not attributable to the trust and not foreseeable',
    ],
    cannotBeSelfCaused: true,
  },
  {
    code: 'pa2023-sch8-unforeseeable',
    regime: 'PA2023',
    kind: 'modification',
    label: 'Unforeseeable circumstances',
    description:
      'The need arises from circumstances the trust could not reasonably have foreseen before it awarded the contract; the change does not alter the overall nature of the contract and does not increase its estimated value by more than 50%.',
    citation: 'PA 2023 s.74(1)(a) and Sch. 8 para. 4',
    conditions: [
      'Not reasonably foreseeable before award',
      'Overall nature unchanged',
      'Value increase ≤ 50% of the estimated value before the change',
    ],
    valueCapPct: 50,
  },
  {
    code: 'pa2023-sch8-known-risk',
    regime: 'PA2023',
    kind: 'modification',
    label: 'Materialisation of a known risk',
    description:
      'A risk named in the tender or transparency notice (or the contract) has materialised through no failure of the trust or the supplier, and the change responds to it; the value increase, measured ignoring the risk, is no more than 50%.',
    citation: 'PA 2023 s.74(1)(a) and Sch. 8 paras. 5–7',
    conditions: [
      'Known risk described in the tender or transparency notice',
      'Not caused by a failure of either party',
      'Value increase ≤ 50%',
    ],
    valueCapPct: 50,
  },
  {
    code: 'pa2023-sch8-additional',
    regime: 'PA2023',
    kind: 'modification',
    label: 'Additional goods, services or works from the supplier',
    description:
      "More goods, services or works are needed from the supplier, and a different supplier's would be incompatible with what is already supplied, causing disproportionate technical difficulty and substantial duplication of costs; the value increase is no more than 50%.",
    citation: 'PA 2023 s.74(1)(a) and Sch. 8 para. 8',
    conditions: [
      "A different supplier's goods or services would be incompatible",
      'Disproportionate technical difficulty',
      'Substantial duplication of costs',
      'Value increase ≤ 50%',
    ],
    valueCapPct: 50,
    commonForIt: true,
  },
  {
    code: 'pa2023-sch8-restructuring',
    regime: 'PA2023',
    kind: 'modification',
    label: 'New supplier after a corporate restructuring',
    description:
      'The contract passes (by novation or assignment) to a supplier that succeeds the original one after a corporate restructuring, takeover, merger or insolvency, and meets the original conditions. Always needs a contract change notice.',
    citation: 'PA 2023 s.74(1)(a) and Sch. 8 para. 9; s.75(2)',
    conditions: ['Successor after a corporate restructuring', 'Not an excluded supplier', 'A contract change notice is always needed'],
  },
  {
    code: 'pa2023-s74-not-substantial',
    regime: 'PA2023',
    kind: 'modification',
    label: 'Not a substantial modification',
    description:
      "The change does not lengthen or shorten the term by more than 10% of the maximum term provided for on award, does not materially change the scope, and does not materially shift the economic balance in the supplier's favour.",
    citation: 'PA 2023 s.74(1)(b) and (3)',
    conditions: [
      'Term change ≤ 10% of the maximum term provided for on award',
      'No material change to scope',
      'No material shift of economic balance to the supplier',
    ],
    commonForIt: true,
  },
  {
    code: 'pa2023-s74-below-threshold',
    regime: 'PA2023',
    kind: 'modification',
    label: 'Below-threshold modification',
    description:
      'The change by itself moves the estimated value by 10% or less (15% for works), the £ sum of it and earlier below-threshold changes stays below the threshold, the scope does not change materially, and no other gateway applies.',
    citation: 'PA 2023 s.74(1)(c) and (4)–(6)',
    conditions: [
      'Value change ≤ 10% (works 15%)',
      'Running total of below-threshold changes below the threshold',
      'No material change of scope',
    ],
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
    code: 'pcr2015-reg72-1d-new-contractor',
    regime: 'PCR2015',
    kind: 'modification',
    label: '(d) New contractor by review clause or corporate succession',
    description:
      'A new contractor replaces the original one under an unequivocal review clause or option, or by universal or partial succession after a corporate restructuring (including takeover, merger or insolvency), provided this entails no other substantial modification.',
    citation: 'PCR 2015 reg. 72(1)(d)',
    conditions: [
      'Review clause or option providing for it, or succession after a corporate restructuring',
      'No other substantial modification',
    ],
  },
  {
    code: 'pcr2015-reg72-1e-not-substantial',
    regime: 'PCR2015',
    kind: 'modification',
    label: '(e) Not substantial',
    description:
      'The change is not substantial: it does not make the contract materially different, would not have changed who bid or won, does not shift the economic balance to the contractor, and does not extend the scope considerably. A legal judgement the trust records; there is no percentage of the term that makes a change "not substantial".',
    citation: 'PCR 2015 reg. 72(1)(e) and (8)',
    conditions: ['None of the reg. 72(8) tests for a substantial modification is met (recorded legal view)'],
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

/** PSR reg. 13: modifications of a contract awarded under the Provider Selection Regime. */
export const PSR_MODIFICATION_GROUNDS: readonly LegalGround[] = [
  {
    code: 'psr-reg13-provided-for',
    regime: 'PSR',
    kind: 'modification',
    label: 'Provided for clearly in the contract',
    description: 'The change was provided for in clear, precise and unequivocal terms in the contract as awarded.',
    citation: 'PSR reg. 13(1) (clearly and unambiguously provided for)',
    conditions: ['Provided for in clear and unequivocal terms in the original contract'],
  },
  {
    code: 'psr-reg13-succession',
    regime: 'PSR',
    kind: 'modification',
    label: 'New provider by succession',
    description: 'A new provider takes over after a corporate change (succession, restructuring, takeover or insolvency).',
    citation: 'PSR reg. 13(1) (succession after corporate changes)',
    conditions: ['Succession after a corporate change'],
  },
  {
    code: 'psr-reg13-external-factors',
    regime: 'PSR',
    kind: 'modification',
    label: 'Response to external factors',
    description:
      'The change responds to external factors beyond the trust’s and provider’s control (patient volumes, prices set by formula) and does not make the contract materially different.',
    citation: 'PSR reg. 13(1) (external factors)',
    conditions: ['Driven by external factors', 'Contract not materially different'],
  },
  {
    code: 'psr-reg13-trust-decided',
    regime: 'PSR',
    kind: 'modification',
    label: 'Change decided by the trust, below the PSR limits',
    description:
      'A change the trust decides whose cumulative effect on the lifetime value is below £500,000 or less than 25%; a notice within 30 days once it reaches £500,000 or more.',
    citation: 'PSR reg. 13(1) and (2) (decision of the trust: £500,000 / 25%)',
    conditions: ['Cumulative change in lifetime value < £500,000 or < 25%'],
  },
];

export const MODIFICATION_GROUNDS: readonly LegalGround[] = [
  ...PA2023_MODIFICATION_GROUNDS,
  ...PCR2015_MODIFICATION_GROUNDS,
  ...PSR_MODIFICATION_GROUNDS,
];
