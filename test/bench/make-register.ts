/**
 * A synthetic register shaped like a real one: 20 columns, UK dates, pound amounts, a few quoted
 * cells with commas. Deterministic, so runs compare.
 */
const CATEGORIES = ['EPR', 'PAS', 'PACS', 'LIMS', 'Maternity', 'Hosting', 'Network', 'Support', 'Infrastructure', 'Other'];
const MODELS = ['Direct', 'Via LSP', 'Reseller', 'Framework'];
const HOSTING = ['On premise', 'Vendor hosted', 'Third-party hosting', 'Public cloud'];
const ROUTES = ['Open procedure', 'Direct Award', 'Call-off from framework', 'Restricted procedure'];

const HEADERS = [
  'Contract Reference',
  'Contract Title',
  'Description',
  'Supplier Name',
  'Category',
  'Contracting Model',
  'Procurement Route',
  'Regime',
  'Contract Start Date',
  'Contract End Date',
  'Maximum End Date',
  'Notice Period (Days)',
  'Total Contract Value',
  'Estimated Annual Value',
  'Hosting Model',
  'Hosting Provider',
  'Contract Owner',
  'Department',
  'Status',
  'Notes',
];

const pad = (n: number) => String(n).padStart(2, '0');

export function makeRegisterCsv(rows: number): string {
  const out: string[] = [HEADERS.join(',')];
  for (let i = 0; i < rows; i++) {
    const startYear = 2015 + (i % 10);
    const endYear = startYear + 3 + (i % 7);
    const month = 1 + (i % 12);
    const annual = 10_000 + ((i * 7919) % 2_000_000);
    out.push(
      [
        `REG-${String(i).padStart(6, '0')}`,
        `Contract ${i} for clinical and corporate systems`,
        `"Service ${i}, including support, hosting and interfaces"`,
        `Supplier ${i % 500} Ltd`,
        CATEGORIES[i % CATEGORIES.length],
        MODELS[i % MODELS.length],
        ROUTES[i % ROUTES.length],
        'PCR 2015',
        `01/${pad(month)}/${startYear}`,
        `28/${pad(month)}/${endYear}`,
        `28/${pad(month)}/${endYear + 2}`,
        String(30 + (i % 12) * 30),
        `"£${(annual * (endYear - startYear)).toLocaleString('en-GB')}.00"`,
        `"£${annual.toLocaleString('en-GB')}"`,
        HOSTING[i % HOSTING.length],
        `Host ${i % 40} Ltd`,
        `Owner ${i % 90}`,
        `Directorate ${i % 12}`,
        'Active',
        i % 9 === 0 ? '"Notes, with a comma"' : '',
      ].join(','),
    );
  }
  return `${out.join('\r\n')}\r\n`;
}
