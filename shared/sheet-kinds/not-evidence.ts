import { type Grid, cellText } from '../cells.ts';
import { headerNames } from './reading.ts';
import { HEADER_SEARCH_ROWS, gridWidth, headerText } from './grid-reading.ts';
import { nameList } from '../words.ts';

// The headers of a business's other records: money, contacts, stock. None is a safety record.
const BUSINESS_HEADERS = [
  'invoice',
  'invoice #',
  'invoice no',
  'inv #',
  'amount',
  'amount due',
  'price',
  'unit price',
  'qty',
  'quantity',
  'subtotal',
  'total',
  'gst',
  'pst / gst',
  'tax',
  'paid',
  'paid?',
  'balance',
  'vendor',
  'supplier',
  'customer',
  'client',
  'phone',
  'phone #',
  'cell',
  'mobile',
  'email',
  'e-mail',
  'address',
  'postal code',
  'rate',
  'hourly rate',
  'wage',
  'sku',
  'part #',
  'part no',
  'cost',
  'quote #',
  'po #',
  'po',
  'account #',
  'terms',
  'markup',
  'extension',
  'unit cost',
  'discount',
  'fax',
  'website',
  'company',
];
const BUSINESS_NAME =
  /\b(invoice|contact|price|pricing|quote|billing|payroll|timesheet|time sheet|mileage|inventory|customer|client|vendor|supplier|expense|receipt|budget|estimate|phone list|schedule)/i;

/**
 * What says a sheet holds another kind of business record (invoices, contacts, a price list): its
 * name and its headers. Scored only to outweigh a weak reading as evidence; a sheet that reads as
 * no kind of evidence is not evidence whatever this finds.
 */
export function readBusinessRecord(name: string, grid: Grid): { score: number; reasons: string[] } {
  const width = Math.min(gridWidth(grid), 200);
  let headers: string[] = [];
  let headerRow = -1;
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const row = grid[r] ?? [];
    const found: string[] = [];
    for (let c = 0; c < Math.min(width, row.length); c++) {
      if (headerNames(headerText(row[c]), BUSINESS_HEADERS)) found.push(cellText(row[c]));
    }
    if (found.length > headers.length) {
      headers = found;
      headerRow = r;
    }
  }
  const byName = BUSINESS_NAME.test(name);
  const reasons: string[] = [];
  if (byName) reasons.push(`the sheet's name "${name}" names a business record, not a safety record`);
  if (headers.length > 0) reasons.push(`row ${headerRow + 1} heads business records: ${nameList(headers)}`);
  return { score: 0.3 + 0.15 * Math.min(headers.length, 3) + (byName ? 0.2 : 0), reasons };
}
