import type { LegalGround } from './legal-ground';

/**
 * Direct award grounds.
 *
 * PA 2023: s.41 permits a direct award where a justification in Schedule 5 applies (s.42: ministerial
 * regulations to protect life; s.43: switching to direct award after a failed competition). Schedule 5
 * paragraphs (legislation.gov.uk/ukpga/2023/54/schedule/5): 2–3 prototypes and development; 4 unique
 * work of art; 5 intellectual property or exclusive rights; 6 technical reasons; 7 additional or repeat
 * supplies; 8 similar repeat supplies after a flagged competitive tender, within five years; 10
 * commodities; 11–12 advantageous terms on insolvency; 13–14 extreme and unavoidable urgency; 15–17
 * user choice.
 *
 * PCR 2015: regulation 32 (negotiated procedure without prior publication). A contract let this way
 * is protected from ineffectiveness only if a voluntary ex ante transparency (VEAT) notice is
 * published and the trust waits at least 10 days before entering into it (reg. 99(3)).
 */

export const PA2023_DIRECT_AWARD_GROUNDS: readonly LegalGround[] = [
  {
    code: 'pa2023-sch5-prototype',
    regime: 'PA2023',
    kind: 'direct-award',
    label: 'Prototypes and development',
    description:
      "The contract is for a prototype or other novel goods or services developed at the trust's request, to test, research or develop them, not to buy them at scale.",
    citation: 'PA 2023 s.41 and Sch. 5 paras. 2–3',
    conditions: [
      "Goods or services are novel (designed or developed at the trust's request)",
      'Purpose is testing, research or development',
    ],
  },
  {
    code: 'pa2023-sch5-unique-art',
    regime: 'PA2023',
    kind: 'direct-award',
    label: 'Unique work of art or performance',
    description:
      'The contract is for the creation or acquisition of a unique work of art or artistic performance. Not relevant to IT systems.',
    citation: 'PA 2023 s.41 and Sch. 5 para. 4',
    conditions: ['The work or performance is unique'],
  },
  {
    code: 'pa2023-sch5-exclusive-rights',
    regime: 'PA2023',
    kind: 'direct-award',
    label: 'Exclusive rights (including IP), no reasonable alternative',
    description:
      "Only one supplier can supply because it holds intellectual property or other exclusive rights (for example the vendor's rights in the installed EPR software), and there is no reasonable alternative.",
    citation: 'PA 2023 s.41 and Sch. 5 para. 5',
    conditions: [
      'Only this supplier can supply because of its IP or other exclusive rights',
      'No reasonable alternative exists (a new system is not a reasonable alternative only if the trust can show why)',
    ],
    commonForIt: true,
  },
  {
    code: 'pa2023-sch5-technical',
    regime: 'PA2023',
    kind: 'direct-award',
    label: 'Technical reasons, no reasonable alternative',
    description:
      'Competition is absent for technical reasons, so only one supplier can supply (for example only the incumbent can support and host the live system), and there is no reasonable alternative.',
    citation: 'PA 2023 s.41 and Sch. 5 para. 6',
    conditions: [
      'Absence of competition is for technical reasons',
      'Only a particular supplier can supply',
      'No reasonable alternative exists',
    ],
    commonForIt: true,
  },
  {
    code: 'pa2023-sch5-additional',
    regime: 'PA2023',
    kind: 'direct-award',
    label: 'Additional or repeat supplies from the existing supplier',
    description:
      'Further goods, services or works from the existing supplier that partly replace or add to what it already supplies, where changing supplier would leave the trust with something incompatible or disproportionately difficult to run.',
    citation: 'PA 2023 s.41 and Sch. 5 para. 7',
    conditions: [
      'Partial replacement or extension of existing supplies',
      'A different supplier would cause incompatibility or disproportionate technical difficulty',
    ],
    commonForIt: true,
  },
  {
    code: 'pa2023-sch5-similar-repeat',
    regime: 'PA2023',
    kind: 'direct-award',
    label: 'Similar repeat supplies (flagged in the original tender)',
    description:
      "New goods, services or works similar to those of an earlier contract, from its supplier, where the earlier contract was awarded after a competitive tendering procedure whose tender notice or documents said a further award of this kind might follow, and within five years of the earlier contract's award (the five years end with the transparency notice). A PCR 2015 original counts only as SI 2024/716 reg. 6 allows.",
    citation: 'PA 2023 s.41 and Sch. 5 para. 8',
    conditions: [
      'Original contract awarded after a competitive tendering procedure',
      'The tender notice or documents flagged the possibility',
      'Within 5 years of the original award, ending with the transparency notice',
    ],
  },
  {
    code: 'pa2023-sch5-commodities',
    regime: 'PA2023',
    kind: 'direct-award',
    label: 'Commodities',
    description: 'Goods bought on a commodity market. Not relevant to IT systems.',
    citation: 'PA 2023 s.41 and Sch. 5 para. 10',
    conditions: ['Goods quoted and bought on a commodity market'],
  },
  {
    code: 'pa2023-sch5-insolvency',
    regime: 'PA2023',
    kind: 'direct-award',
    label: 'Advantageous terms on insolvency',
    description:
      'Particularly advantageous terms are available for a limited time because a supplier is being wound up or is in insolvency proceedings.',
    citation: 'PA 2023 s.41 and Sch. 5 paras. 11–12',
    conditions: ['Supplier (or another business) is in insolvency proceedings', 'Terms are significantly better than normally available'],
  },
  {
    code: 'pa2023-sch5-urgency',
    regime: 'PA2023',
    kind: 'direct-award',
    label: 'Extreme and unavoidable urgency',
    description:
      'The supplies are strictly necessary for reasons of extreme and unavoidable urgency that make a competitive procedure impossible in time. Urgency is unavoidable only if it is not due to anything the trust did or failed to do and could not have been foreseen: running out of time because a known contract end date was not acted on does not count.',
    citation: 'PA 2023 s.41 and Sch. 5 paras. 13–14',
    conditions: [
      'Strictly necessary, and only for as long as the urgency lasts',
      'Not attributable to any act or omission of the trust',
      'Could not have been foreseen by the trust',
    ],
    cannotBeSelfCaused: true,
  },
  {
    code: 'pa2023-sch5-user-choice',
    regime: 'PA2023',
    kind: 'direct-award',
    label: 'User choice contracts',
    description:
      'Services for a particular individual whose own preferences must be respected (for example care services chosen by the person). Not relevant to IT systems.',
    citation: 'PA 2023 s.41 and Sch. 5 paras. 15–17',
    conditions: ['Services provided to an individual who has expressed a preference'],
  },
];

export const PCR2015_DIRECT_AWARD_GROUNDS: readonly LegalGround[] = [
  {
    code: 'pcr2015-reg32-no-suitable-tenders',
    regime: 'PCR2015',
    kind: 'direct-award',
    label: 'No (suitable) tenders in an open or restricted procedure',
    description:
      'An open or restricted procedure attracted no tenders, or none that were suitable, and the original conditions of the contract are not substantially changed.',
    citation: 'PCR 2015 reg. 32(2)(a)',
    conditions: ['A prior open or restricted procedure failed', 'Initial contract conditions not substantially altered'],
  },
  {
    code: 'pcr2015-reg32-unique-art',
    regime: 'PCR2015',
    kind: 'direct-award',
    label: 'Unique work of art or performance',
    description:
      'Only one operator can supply because the aim is a unique work of art or artistic performance. Not relevant to IT systems.',
    citation: 'PCR 2015 reg. 32(2)(b)(i)',
    conditions: ['The work or performance is unique'],
  },
  {
    code: 'pcr2015-reg32-technical',
    regime: 'PCR2015',
    kind: 'direct-award',
    label: 'Technical reasons (competition absent)',
    description:
      'Only one operator can supply because competition is absent for technical reasons, no reasonable alternative or substitute exists, and the absence of competition is not the result of artificially narrowing the requirement. Homerton relied on technical reasons and exclusive rights to extend its Cerner contract.',
    citation: 'PCR 2015 reg. 32(2)(b)(ii) and (4)',
    conditions: [
      'Competition absent for technical reasons',
      'No reasonable alternative or substitute',
      'Not an artificial narrowing of the requirement',
    ],
    commonForIt: true,
  },
  {
    code: 'pcr2015-reg32-exclusive-rights',
    regime: 'PCR2015',
    kind: 'direct-award',
    label: 'Protection of exclusive rights (including IP)',
    description:
      'Only one operator can supply because of exclusive rights, including intellectual property rights, with no reasonable alternative or substitute.',
    citation: 'PCR 2015 reg. 32(2)(b)(iii) and (4)',
    conditions: [
      'Exclusive rights (including IP) held by the operator',
      'No reasonable alternative or substitute',
      'Not an artificial narrowing of the requirement',
    ],
    commonForIt: true,
  },
  {
    code: 'pcr2015-reg32-urgency',
    regime: 'PCR2015',
    kind: 'direct-award',
    label: 'Extreme urgency from unforeseeable events',
    description:
      "Strictly necessary because extreme urgency, brought about by events the trust could not foresee, means the time limits of the normal procedures cannot be met. The circumstances must not be attributable to the trust in any event, so a trust's own late start does not count.",
    citation: 'PCR 2015 reg. 32(2)(c)',
    conditions: [
      'Strictly necessary',
      'Events unforeseeable by the trust',
      'Not attributable to the trust',
      'Normal (including accelerated) time limits cannot be met',
    ],
    cannotBeSelfCaused: true,
  },
  {
    code: 'pcr2015-reg32-additional-deliveries',
    regime: 'PCR2015',
    kind: 'direct-award',
    label: 'Additional deliveries by the original supplier (supply contracts)',
    description:
      'Additional deliveries from the original supplier as a partial replacement or extension of existing supplies, where changing supplier would mean incompatible goods or disproportionate technical difficulties; generally no longer than three years.',
    citation: 'PCR 2015 reg. 32(5)(b)',
    conditions: [
      'Supply contract',
      'Change of supplier would cause incompatibility or disproportionate technical difficulties',
      'Generally no more than 3 years',
    ],
  },
  {
    code: 'pcr2015-reg32-repeat-services',
    regime: 'PCR2015',
    kind: 'direct-award',
    label: 'Repetition of similar services (flagged in the original procedure)',
    description:
      'New services repeating similar services from the same supplier under a basic project that was competitively awarded and that stated this possibility, within three years of the original contract.',
    citation: 'PCR 2015 reg. 32(9)–(11)',
    conditions: ['Original contract competitively awarded and flagged the possibility', 'Within 3 years of the original contract'],
  },
];

/**
 * PA 2023 s.43: where a competitive tendering procedure drew no suitable tenders or requests to
 * participate, the trust may switch to a direct award (the usual ground after a failed EPR
 * re-procurement). Recorded as a ground so it sits in the same picker as Schedule 5.
 */
export const PA2023_SWITCH_TO_DIRECT_AWARD: LegalGround = {
  code: 'pa2023-s43-no-suitable-tenders',
  regime: 'PA2023',
  kind: 'direct-award',
  label: 'Switching to direct award after no suitable tenders',
  description:
    'A competitive tendering procedure for the contract drew no suitable tenders or requests to participate, and the trust awards the contract directly on terms not materially different from those it tendered.',
  citation: 'PA 2023 s.43',
  conditions: [
    'A competitive tendering procedure was run and drew no suitable tenders or requests to participate',
    'The direct award is on terms not materially different from the tendered ones',
  ],
  commonForIt: true,
};

export const DIRECT_AWARD_GROUNDS: readonly LegalGround[] = [
  ...PA2023_DIRECT_AWARD_GROUNDS,
  PA2023_SWITCH_TO_DIRECT_AWARD,
  ...PCR2015_DIRECT_AWARD_GROUNDS,
];
