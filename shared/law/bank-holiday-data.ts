/**
 * UK bank holidays as data, one list per part of the UK (docs/domain.md §5, "Counting days").
 *
 * Source: GOV.UK, "UK bank holidays" (https://www.gov.uk/bank-holidays, also served as
 * https://www.gov.uk/bank-holidays.json), which lists England and Wales, Scotland and Northern Ireland
 * separately. GOV.UK publishes about two years ahead: the years 2024 to 2027 were checked against it;
 * the later years are the same standing rules carried forward (Banking and Financial Dealings Act
 * 1971 Sch. 1 and the annual royal proclamations: substitute days move a holiday that falls on a weekend
 * to the next free weekday). A one-off holiday proclaimed later (as for the coronation in 2023) must be
 * added here when GOV.UK announces it; `bankHolidayRules` in bank-holiday-rules.ts reproduces every list
 * below, and a test keeps the two in step.
 *
 * Each year is one string of `MM-DD` dates, so the table stays readable and cheap to load.
 */
export const FIRST_DATA_YEAR = 2024;
export const LAST_DATA_YEAR = 2032;

export const UK_NATIONS = ['englandAndWales', 'scotland', 'northernIreland'] as const;
export type UkNation = (typeof UK_NATIONS)[number];

export const BANK_HOLIDAYS: Record<UkNation, Record<number, string>> = {
  englandAndWales: {
    2024: '01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26',
    2025: '01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26',
    2026: '01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28',
    2027: '01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28',
    2028: '01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26',
    2029: '01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26',
    2030: '01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26',
    2031: '01-01 04-11 04-14 05-05 05-26 08-25 12-25 12-26',
    2032: '01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28',
  },
  scotland: {
    2024: '01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26',
    2025: '01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26',
    2026: '01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28',
    2027: '01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28',
    2028: '01-03 01-04 04-14 05-01 05-29 08-07 11-30 12-25 12-26',
    2029: '01-01 01-02 03-30 05-07 05-28 08-06 11-30 12-25 12-26',
    2030: '01-01 01-02 04-19 05-06 05-27 08-05 12-02 12-25 12-26',
    2031: '01-01 01-02 04-11 05-05 05-26 08-04 12-01 12-25 12-26',
    2032: '01-01 01-02 03-26 05-03 05-31 08-02 11-30 12-27 12-28',
  },
  northernIreland: {
    2024: '01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26',
    2025: '01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26',
    2026: '01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28',
    2027: '01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28',
    2028: '01-03 03-17 04-14 04-17 05-01 05-29 07-12 08-28 12-25 12-26',
    2029: '01-01 03-19 03-30 04-02 05-07 05-28 07-12 08-27 12-25 12-26',
    2030: '01-01 03-18 04-19 04-22 05-06 05-27 07-12 08-26 12-25 12-26',
    2031: '01-01 03-17 04-11 04-14 05-05 05-26 07-14 08-25 12-25 12-26',
    2032: '01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28',
  },
};
