import type { BenefitType } from '../domain';
import { benefitSchema, type Benefit } from '../domain';

/**
 * Typical benefits of an electronic patient record, to pick from and edit (docs/domain.md §4,
 * benefits). Every entry is ILLUSTRATIVE: the amounts are placeholders for the trust's own
 * baseline, and each is marked so wherever it is shown until the user replaces it.
 */
export interface BenefitTemplate {
  key: string;
  type: BenefitType;
  label: string;
  measure: string;
  /** An illustrative annual amount (£, cash), 0 for an unmonetisable benefit. */
  illustrativeAnnual: number;
  description: string;
}

export const BENEFIT_LIBRARY: readonly BenefitTemplate[] = [
  {
    key: 'paper-records-storage',
    type: 'CRB',
    label: 'Paper records storage and retrieval no longer needed',
    measure: 'Off-site storage and retrieval invoices; records library staff posts released',
    illustrativeAnnual: 250_000,
    description: 'Storage contracts and retrieval runs end once records are digital (cash outside this appraisal’s cost lines).',
  },
  {
    key: 'transcription',
    type: 'CRB',
    label: 'External transcription and dictation typing reduced',
    measure: 'Outsourced transcription spend per month; letter turnaround time',
    illustrativeAnnual: 150_000,
    description: 'Clinicians document directly or by speech recognition in the EPR.',
  },
  {
    key: 'duplicate-tests',
    type: 'NCRB',
    label: 'Duplicate pathology and radiology tests avoided',
    measure: 'Repeat tests within 72 hours per 1,000 admissions',
    illustrativeAnnual: 120_000,
    description: 'Results visible at the point of ordering avoid repeats; the capacity is redeployed rather than cashed.',
  },
  {
    key: 'nurse-time',
    type: 'NCRB',
    label: 'Nursing time released from documentation',
    measure: 'Minutes of documentation per patient per shift (time-and-motion sample)',
    illustrativeAnnual: 400_000,
    description: 'Electronic observations and assessments cut duplicate charting; time returns to care.',
  },
  {
    key: 'adverse-drug-events',
    type: 'SB',
    label: 'Bed days saved from fewer adverse drug events (ePMA)',
    measure: 'Adverse drug events per 1,000 bed days; average extra length of stay per event',
    illustrativeAnnual: 300_000,
    description: 'Electronic prescribing and decision support reduce prescribing errors and the harm that lengthens stays.',
  },
  {
    key: 'patient-travel',
    type: 'SB',
    label: 'Patient travel avoided through a patient portal and remote follow-up',
    measure: 'Outpatient follow-ups converted to remote; average return journey cost and time',
    illustrativeAnnual: 80_000,
    description: 'Value to patients and carers of journeys not made.',
  },
  {
    key: 'clinical-safety-culture',
    type: 'UB',
    label: 'One shared record across the trust',
    measure: 'Staff survey: access to the information needed to treat patients',
    illustrativeAnnual: 0,
    description: 'Clinicians see the same, current record wherever the patient is seen.',
  },
];

/** A benefit from a template, marked illustrative, from `start` to `end` (recurring). */
export function benefitFromTemplate(
  template: BenefitTemplate,
  ids: { id: string; optionId: string; appraisalId: string; order: number },
  start: string,
  end: string,
): Benefit {
  return benefitSchema.parse({
    ...ids,
    type: template.type,
    label: template.label,
    description: template.description,
    measure: template.measure,
    illustrative: true,
    realisationStart: start,
    cashflow:
      template.type === 'UB' ? undefined : { kind: 'recurring', amount: template.illustrativeAnnual, startDate: start, endDate: end },
  });
}
