import { z } from 'zod';
import { IMPORT_LIMITS } from './limits';

/**
 * The parts of an OCDS 1.1 release or record package (Open Contracting Data Standard, with the UK
 * extension Find a Tender uses) that the importer reads. Everything else passes through unread. Field
 * names follow the published schema: release.ocid, tender.classification, contracts[].period
 * (startDate, endDate, maxExtentDate), contracts[].value (amount; amountGross from the UK extension),
 * contracts[].amendments[], awards[].suppliers[], parties[].identifier, and documents[].noticeType
 * (UK extension: "UK7" and so on).
 */
const text = z.string().max(IMPORT_LIMITS.maxCellChars);
const id = z.union([text, z.number()]).transform((v) => String(v));

export const ocdsValueSchema = z.object({
  amount: z.number().finite().nullable().optional(),
  amountGross: z.number().finite().nullable().optional(),
  currency: text.nullable().optional(),
});

export const ocdsPeriodSchema = z.object({
  startDate: text.nullable().optional(),
  endDate: text.nullable().optional(),
  maxExtentDate: text.nullable().optional(),
});

const classification = z.object({ scheme: text.nullable().optional(), id: id.nullable().optional() });

export const ocdsDocumentSchema = z.object({
  id: id.nullable().optional(),
  documentType: text.nullable().optional(),
  noticeType: text.nullable().optional(),
  datePublished: text.nullable().optional(),
  url: text.nullable().optional(),
});
const documents = z.array(ocdsDocumentSchema).max(10_000).optional();

export const ocdsAmendmentSchema = z.object({
  id: id.nullable().optional(),
  date: text.nullable().optional(),
  description: text.nullable().optional(),
  rationale: text.nullable().optional(),
  value: ocdsValueSchema.nullable().optional(),
  period: ocdsPeriodSchema.nullable().optional(),
});

export const ocdsContractSchema = z.object({
  id,
  awardID: id.nullable().optional(),
  title: text.nullable().optional(),
  period: ocdsPeriodSchema.nullable().optional(),
  value: ocdsValueSchema.nullable().optional(),
  amendments: z.array(ocdsAmendmentSchema).max(10_000).optional(),
  documents,
});

const organisationReference = z.object({ id: id.nullable().optional(), name: text.nullable().optional() });

export const ocdsAwardSchema = z.object({
  id,
  suppliers: z.array(organisationReference).max(10_000).optional(),
  value: ocdsValueSchema.nullable().optional(),
  documents,
});

const identifier = z.object({ scheme: text.nullable().optional(), id: id.nullable().optional() });
export const ocdsPartySchema = z.object({
  id: id.nullable().optional(),
  name: text.nullable().optional(),
  identifier: identifier.nullable().optional(),
  additionalIdentifiers: z.array(identifier).max(100).optional(),
  roles: z.array(text).max(50).optional(),
});

export const ocdsReleaseSchema = z.object({
  ocid: text,
  id: id.nullable().optional(),
  date: text.nullable().optional(),
  tag: z.array(text).max(50).optional(),
  planning: z.object({ documents }).nullable().optional(),
  tender: z
    .object({
      id: id.nullable().optional(),
      title: text.nullable().optional(),
      classification: classification.nullable().optional(),
      items: z
        .array(
          z.object({
            classification: classification.nullable().optional(),
            additionalClassifications: z.array(classification).max(100).optional(),
          }),
        )
        .max(10_000)
        .optional(),
      documents,
    })
    .nullable()
    .optional(),
  awards: z.array(ocdsAwardSchema).max(10_000).optional(),
  contracts: z.array(ocdsContractSchema).max(10_000).optional(),
  parties: z.array(ocdsPartySchema).max(10_000).optional(),
});
export type OcdsRelease = z.infer<typeof ocdsReleaseSchema>;

export const ocdsReleasePackageSchema = z.object({ releases: z.array(ocdsReleaseSchema) });
export const ocdsRecordPackageSchema = z.object({
  records: z.array(
    z.object({
      ocid: text,
      compiledRelease: ocdsReleaseSchema.nullable().optional(),
      // A record's releases may be embedded releases or linked ones ({url, date, tag}); only embedded ones are read.
      releases: z.array(z.unknown()).optional(),
    }),
  ),
});
