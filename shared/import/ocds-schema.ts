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

/** An OCDS object whose every field a publisher may leave out or set to null. */
function ocdsObject<S extends Record<string, z.ZodType>>(shape: S) {
  const fields = Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema.nullable().optional()]));
  return z.object(fields as { [K in keyof S]: z.ZodOptional<z.ZodNullable<S[K]>> });
}

const amount = z.number().finite();
export const ocdsValueSchema = ocdsObject({ amount, amountGross: amount, currency: text });
export const ocdsPeriodSchema = ocdsObject({ startDate: text, endDate: text, maxExtentDate: text });
/** A classification (tender.classification) or an organisation's identifier: a scheme and an id in it. */
const schemeId = ocdsObject({ scheme: text, id });
export const ocdsDocumentSchema = ocdsObject({ id, documentType: text, noticeType: text, datePublished: text, url: text });
const documents = z.array(ocdsDocumentSchema).max(10_000).optional();

export const ocdsAmendmentSchema = ocdsObject({
  id,
  date: text,
  description: text,
  rationale: text,
  value: ocdsValueSchema,
  period: ocdsPeriodSchema,
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

const organisationReference = ocdsObject({ id, name: text });

export const ocdsAwardSchema = z.object({
  id,
  suppliers: z.array(organisationReference).max(10_000).optional(),
  value: ocdsValueSchema.nullable().optional(),
  documents,
});

export const ocdsPartySchema = z.object({
  id: id.nullable().optional(),
  name: text.nullable().optional(),
  identifier: schemeId.nullable().optional(),
  additionalIdentifiers: z.array(schemeId).max(100).optional(),
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
      classification: schemeId.nullable().optional(),
      items: z
        .array(
          z.object({ classification: schemeId.nullable().optional(), additionalClassifications: z.array(schemeId).max(100).optional() }),
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
