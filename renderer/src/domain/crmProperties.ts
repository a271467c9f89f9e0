/**
 * The CRM's names for the attributes fit rules are usually about (issue 20 item 4): which column
 * of an export a rule's attribute reads ("Company size" reads "Number of Employees"), and which
 * property or field RevOps configures it on (domain/crm/revops.ts). Apart from the evaluator
 * (domain/fitRules.ts) because only the import and the RevOps export need it, and neither is on
 * the home screen.
 */
import { fitText } from './fitOperators';

/** A property both CRMs have, by its export column names and internal names. */
export interface CrmProperty {
  readonly hubspot: string;
  readonly salesforce: string;
  /** Names people and exports use for it (compared as `headerWord`). */
  readonly names: readonly string[];
}

export const CRM_PROPERTIES: readonly CrmProperty[] = [
  {
    hubspot: 'numberofemployees',
    salesforce: 'NumberOfEmployees',
    names: [
      'company size',
      'number of employees',
      'no of employees',
      'employees',
      'employee count',
      'headcount',
      'numberofemployees',
    ],
  },
  {
    hubspot: 'annualrevenue',
    salesforce: 'AnnualRevenue',
    names: ['revenue', 'annual revenue', 'annualrevenue', 'company revenue'],
  },
  {
    hubspot: 'country',
    salesforce: 'Country',
    names: ['country', 'country region', 'country/region'],
  },
  {
    hubspot: 'state',
    salesforce: 'State',
    names: ['state', 'state region', 'state/region', 'province'],
  },
  { hubspot: 'city', salesforce: 'City', names: ['city'] },
  { hubspot: 'industry', salesforce: 'Industry', names: ['industry'] },
  { hubspot: 'jobtitle', salesforce: 'Title', names: ['job title', 'title', 'jobtitle', 'role'] },
];

/** A column or attribute name as compared: lower case, anything but letters and digits as one space. */
export const headerWord = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The known CRM property an attribute name means, if any ("Company size" → numberofemployees). */
export function crmPropertyOf(attribute: string): CrmProperty | null {
  const w = headerWord(attribute);
  return (
    CRM_PROPERTIES.find(
      (p) =>
        p.names.some((n) => headerWord(n) === w) ||
        headerWord(p.hubspot) === w ||
        headerWord(p.salesforce) === w,
    ) ?? null
  );
}

/**
 * The export's column for each rule attribute (by `fitText` of the attribute): a header with
 * the same name, else one of the same CRM property ("Company size" reads "Number of Employees").
 * Attributes the file has no column for are left out (their rules count for nobody there).
 */
export function attributeColumns(
  headers: readonly string[],
  attributes: readonly string[],
): Record<string, number> {
  const words = headers.map(headerWord);
  const out: Record<string, number> = {};
  for (const a of attributes) {
    if (!a.trim()) continue;
    const key = fitText(a);
    if (key in out) continue;
    let col = words.indexOf(headerWord(a));
    if (col < 0) {
      const p = crmPropertyOf(a);
      if (p) col = words.findIndex((w) => w && crmPropertyOf(w) === p);
    }
    if (col >= 0) out[key] = col;
  }
  return out;
}
