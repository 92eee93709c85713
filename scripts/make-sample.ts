/**
 * Generates the sample workbook samples/northwind-safety.xlsx (committed; rerun after editing):
 *
 *   npx tsx scripts/make-sample.ts [--today YYYY-MM-DD] [--out FILE]
 *
 * Northwind Roofing's whole safety workbook, 8 workers (one who left), tabs in this order: an
 * Instructions tab (not evidence) first, as real workbooks open, then the SECOR tracker (the rows of
 * samples/northwind-tracker.csv, its dates made date cells), a training matrix, the site
 * inspections, toolbox talks, incidents and the document register. Every date is written as of
 * 2026-11-26, the sample's day (the tests' day too); --today moves them all by the same number of
 * days, so the sample reads as realistic again on a later day (the CSV tracker is not moved).
 * --out writes elsewhere (test/sample.test.ts checks the committed file is what this writes).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import writeExcelFile from 'write-excel-file/node';
import type { Cell, Row, SheetData } from 'write-excel-file/node';

const SAMPLE_DAY = Date.UTC(2026, 10, 26);
const DAY_MS = 86_400_000;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const { values } = parseArgs({ options: { today: { type: 'string' }, out: { type: 'string' } } });
if (values.today !== undefined && !ISO.test(values.today)) throw new Error(`--today must be YYYY-MM-DD, not "${values.today}"`);
const shiftMs = values.today === undefined ? 0 : Date.parse(`${values.today}T00:00:00Z`) - SAMPLE_DAY;

/** A real date cell (UTC midnight, as a spreadsheet stores a plain date), moved by --today. */
const d = (iso: string): Cell => ({ value: new Date(Date.parse(`${iso}T00:00:00Z`) + shiftMs), type: Date, format: 'yyyy-mm-dd' });
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const instructions: SheetData = [
  ['Northwind Roofing Ltd. - safety workbook'],
  [null],
  ['How we use this workbook'],
  ['1. SECOR Tracker 2026 is the audit tracker: one row per thing the ACSA SECOR audit asks for. Helen updates it monthly.'],
  ['2. Training: expiry date of every ticket. Put N/A where a ticket is not needed for the job. Scan the card into Drive > Tickets.'],
  ['3. Site Inspections: one line per inspection (form HS-F04). Shop every month, the job site too while we are on one.'],
  ['4. Toolbox Talks: one line per talk, who was there. Sign-in sheets stay in the truck binder.'],
  ['5. Incidents: every incident AND near miss, the same day. Ivan investigates within a week.'],
  ['6. Document Register: controlled documents and when each is due for review.'],
  [null],
  ['Questions: Helen Ward 403-555-0131'],
];

// The CSV sample's rows as they are, its ISO dates made date cells (an XLSX export has real dates).
const csv = readFileSync(fileURLToPath(new URL('../samples/northwind-tracker.csv', import.meta.url)), 'utf8');
const tracker: SheetData = Papa.parse<string[]>(csv.trimEnd(), { skipEmptyLines: false }).data.map((row) =>
  row.map((cell): Cell => (cell === '' ? null : ISO.test(cell) ? d(cell) : cell)),
);

// Workers x tickets, expiry dates. Jordan left in September; Helen (office) has N/A for site tickets;
// Kyle's Fall Protection expired, Helen's First Aid expires within 30 days, Ana has no CSTS.
const training: SheetData = [
  ['NORTHWIND ROOFING - TRAINING MATRIX (expiry dates)'],
  ['Cards scanned in Drive > Tickets. Helen updates when a new card comes in.'],
  [
    'Worker',
    'Position',
    'Standard First Aid / CPR C',
    'WHMIS 2015',
    'Fall Protection',
    'CSTS-2020',
    'Aerial Work Platform',
    'Hot Work / Fire Watch',
    'Fire Extinguisher',
    'TDG',
  ],
  ['Required for', null, 'All', 'All', 'Roofers + foreman', 'All', 'Roofers + foreman', 'Roofers + foreman', 'Foreman', 'Driver'],
  [
    'Gary Ward',
    'Owner / foreman',
    d('2027-03-14'),
    d('2027-01-20'),
    d('2027-05-02'),
    d('2028-06-11'),
    d('2028-04-30'),
    d('2027-09-18'),
    d('2027-04-08'),
    d('2027-06-30'),
  ],
  ['Helen Ward', 'Office', d('2026-12-19'), d('2027-01-20'), 'N/A', 'N/A', 'N/A', 'N/A', d('2027-04-08'), 'N/A'],
  [
    'Ivan Petrov',
    'Foreman / driver',
    d('2029-07-29'),
    d('2027-01-20'),
    d('2027-05-02'),
    d('2028-02-11'),
    d('2028-04-30'),
    d('2027-09-18'),
    d('2027-04-08'),
    d('2027-06-30'),
  ],
  ['Tomas Reyes', 'Roofer (HSR)', d('2029-07-29'), d('2027-01-20'), d('2027-05-02'), d('2028-02-11'), d('2028-04-30'), d('2027-09-18'), null, null],
  ['Kyle Brandt', 'Roofer', d('2027-11-03'), d('2027-01-20'), d('2026-10-15'), d('2028-02-11'), d('2028-04-30'), d('2027-09-18'), null, null],
  ['Manpreet Singh', 'Roofer', d('2028-05-02'), d('2027-05-04'), d('2029-05-05'), d('2029-05-05'), d('2029-05-06'), d('2028-05-09'), null, null],
  ['Ana Lopez', 'Labourer', d('2028-05-02'), d('2027-05-04'), d('2029-05-05'), null, 'N/A', 'N/A', null, null],
  ['Jordan Bell (left Sept)', 'Roofer', d('2027-08-22'), d('2026-11-02'), d('2027-05-02'), d('2028-02-11'), null, null, null, null],
];

const SHOP = 'Shop + yard';
const JOB = 'Evergreen Condos (phase 2)';
// One line per inspection, October 2025 to November 2026: the shop monthly, the job site while
// the crew was on it; no inspection at all in October 2026 (busy season), and the September
// guardrail action still open past its due date.
const inspections: SheetData = [
  ['Northwind Roofing - Monthly Site / Shop Inspections'],
  ['(form HS-F04 - one line per inspection; file the form in the Inspections binder)'],
  ['Date', 'Site', 'Inspected by', 'Findings', 'Corrective action', 'CA due', 'Date closed'],
  [d('2025-10-14'), SHOP, 'Gary', 'Propane cylinders not chained', 'Chain cylinders to the rack', d('2025-10-17'), d('2025-10-15')],
  [d('2025-11-12'), SHOP, 'Gary', 'none', null, null, null],
  [d('2025-12-09'), SHOP, 'Gary', 'Fire extinguisher tag expired', 'Recharge + re-tag extinguisher', d('2025-12-16'), d('2025-12-15')],
  [d('2026-01-13'), SHOP, 'Gary', 'none', null, null, null],
  [d('2026-02-10'), SHOP, 'Gary', 'Extension cord damaged', 'Cord thrown out', d('2026-02-10'), d('2026-02-10')],
  [d('2026-03-17'), SHOP, 'Ivan', 'First aid kit short (gauze, gloves)', 'Restock kit', d('2026-03-24'), d('2026-03-20')],
  [d('2026-04-14'), SHOP, 'Ivan', 'none', null, null, null],
  [d('2026-04-21'), JOB, 'Ivan', 'Ladder not tied off at the top', 'Tie off + toolbox talk', d('2026-04-21'), d('2026-04-21')],
  [d('2026-05-12'), SHOP, 'Gary', 'none', null, null, null],
  [d('2026-05-19'), JOB, 'Ivan', 'Debris chute not secured', 'Secure chute to the scaffold', d('2026-05-20'), d('2026-05-20')],
  [d('2026-06-09'), SHOP, 'Gary', 'none', null, null, null],
  [d('2026-06-16'), JOB, 'Ivan', 'Torch-on: no fire watch after work', 'Fire watch 1 h after torch-on, added to SWP', d('2026-06-23'), d('2026-06-18')],
  [d('2026-07-14'), SHOP, 'Gary', 'none', null, null, null],
  [d('2026-07-21'), JOB, 'Ivan', 'none', null, null, null],
  [d('2026-08-11'), SHOP, 'Gary', 'Eyewash bottle expired', 'Order eyewash', d('2026-08-25'), d('2026-08-20')],
  [d('2026-08-18'), JOB, 'Ivan', 'Anchor not inspected (no tag)', 'Tag + log anchors', d('2026-08-19'), d('2026-08-19')],
  [d('2026-09-15'), SHOP, 'Gary', 'none', null, null, null],
  [d('2026-09-28'), JOB, 'Ivan', 'Guardrail missing at east stair opening', 'Install guardrail before next phase', d('2026-10-15'), null],
  [d('2026-11-17'), SHOP, 'Gary', 'Ladder feet worn', 'New ladder levellers (on order)', d('2026-12-01'), null],
  [d('2026-11-24'), JOB, 'Ivan', 'none', null, null, null],
];

const TOPICS = [
  'Cold stress + frostbite',
  'Ladder set-up 4:1',
  'Fall protection: anchors + lanyards',
  'Torch-on fire watch',
  'Propane cylinder handling',
  'Heat stress + water',
  'Hoist + material lifts',
  'Debris chute + drop zones',
  'Working alone check-in',
  'Near miss: ladder slip (Aug)',
  'Guardrails + floor openings',
  'Sun + UV',
  'Lifting shingles bundles',
  'Weather: wind + lightning',
  'First aid kit + who is the first aider',
  'Eye protection',
  'Housekeeping on the roof',
  'Pre-use check of the hoist',
  'Violence & harassment: who to tell',
  'Slips on frost + ice',
];
// Weekly in the roofing season (April to November), every other week in winter; two weeks
// skipped in the July heat, as small crews do. Mondays from the first one of 2026.
const talks: Row[] = [];
let topic = 0;
for (let day = Date.UTC(2026, 0, 5); day <= Date.UTC(2026, 10, 23); day += 7 * DAY_MS) {
  const month = new Date(day).getUTCMonth();
  const week = Math.round((day - Date.UTC(2026, 0, 5)) / (7 * DAY_MS));
  if ((month < 3 && week % 2 === 1) || isoOf(day) === '2026-07-13' || isoOf(day) === '2026-07-20') continue;
  const crew = month < 3 ? 'Ivan, Tomas, Kyle' : month < 9 ? 'Ivan, Tomas, Kyle, Manpreet, Ana, Jordan' : 'Ivan, Tomas, Kyle, Manpreet, Ana';
  talks.push([d(isoOf(day)), TOPICS[topic++ % TOPICS.length]!, week % 3 === 0 ? 'Gary' : 'Ivan', crew, 'yes']);
}
const toolbox: SheetData = [
  ['TOOLBOX / TAILGATE TALKS'],
  ['sign-in sheets in the truck binder'],
  ['Date', 'Topic', 'Presented by', 'Attendees', 'Sign-in sheet?'],
  ...talks,
];

// Incidents and near misses; the November one not yet investigated.
const incidents: SheetData = [
  ['INCIDENT / NEAR MISS LOG'],
  ['Date', 'Location', 'Type', 'What happened', 'Injury?', 'Reported by', 'Investigation done?', 'Corrective action', 'Closed'],
  [
    d('2026-03-05'),
    'Shop',
    'First aid',
    'Cut hand on flashing - bandaged in the shop',
    'Yes - minor cut',
    'Kyle',
    'Yes',
    'Cut-resistant gloves for flashing work',
    d('2026-03-12'),
  ],
  [
    d('2026-05-26'),
    JOB,
    'Near miss',
    'Bundle of shingles slid off the hoist platform',
    'No',
    'Tomas',
    'Yes - form in binder',
    'Strap bundles on the platform',
    d('2026-06-01'),
  ],
  [
    d('2026-08-14'),
    JOB,
    'Near miss',
    'Ladder slipped on the deck while a worker was climbing',
    'No',
    'Ivan',
    'Yes - form in binder',
    'New ladder levellers; toolbox talk',
    null,
  ],
  [
    d('2026-09-03'),
    '88 Coach Hill Rd',
    'Property damage',
    "Torch-on scorched a neighbour's fence",
    'No',
    'Ivan',
    'Yes',
    'Fire watch + shield near fences',
    d('2026-09-10'),
  ],
  [d('2026-11-09'), SHOP, 'Near miss', 'Truck backed toward a worker in the yard (no spotter)', 'No', 'Ana', null, null, null],
];

const register: SheetData = [
  ['NORTHWIND ROOFING - DOCUMENT REGISTER (controlled copies)'],
  ['Masters on the office PC, Safety folder. Old revs go in the Archive sub-folder'],
  ['Doc #', 'Document', 'Rev', 'Rev. date', 'Review every (months)', 'Next review', 'Approved by', 'Where kept'],
  ['HS-001', 'Health & Safety Policy', 4, d('2026-01-09'), 12, d('2027-01-09'), 'Gary Ward', 'office wall + Drive'],
  ['HS-002', 'Safety Manual (roles & responsibilities)', 3, d('2026-01-09'), 24, d('2028-01-09'), 'Gary Ward', 'Binder, office shelf 2'],
  ['HS-003', 'Hazard Assessment - roofing tasks', 2, d('2026-02-20'), 12, d('2027-02-20'), 'Ivan Petrov', 'Drive'],
  ['HS-004', 'Fall Protection Plan', 5, d('2026-03-20'), 12, d('2027-03-20'), 'Ivan Petrov', 'Drive + trucks'],
  ['HS-005', 'Emergency Response Plan', 3, d('2026-03-16'), 12, d('2027-03-16'), 'Gary Ward', 'office + trucks'],
  ['HS-006', 'Safe Work Practice - hot work / torch-on', 2, d('2026-03-05'), 12, d('2027-03-05'), 'Ivan Petrov', 'Drive + trucks'],
  ['HS-007', 'Working Alone procedure', 2, d('2025-11-02'), 12, d('2026-11-02'), 'Helen Ward', 'Drive'],
  ['HS-008', 'Violence & Harassment Prevention Plan', 'draft', null, 12, null, 'Helen Ward', 'Drive'],
  ['HS-F04', 'Inspection form', 2, d('2025-06-01'), null, null, 'Ivan Petrov', 'Drive > Forms'],
  ['HS-F07', 'Incident investigation form', 1, d('2024-02-14'), null, null, 'Helen Ward', 'Drive > Forms'],
];

const out = values.out ?? fileURLToPath(new URL('../samples/northwind-safety.xlsx', import.meta.url));
await writeExcelFile([
  { data: instructions, sheet: 'Instructions' },
  { data: tracker, sheet: 'SECOR Tracker 2026' },
  { data: training, sheet: 'Training' },
  { data: inspections, sheet: 'Site Inspections' },
  { data: toolbox, sheet: 'Toolbox Talks' },
  { data: incidents, sheet: 'Incidents' },
  { data: register, sheet: 'Document Register' },
]).toFile(out);
console.log('wrote', out);
