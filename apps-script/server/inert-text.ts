/**
 * Text written so Sheets keeps it as text: a string written by a script is read as if typed, so
 * "1/2" and "Mar 2026" would become dates, "50%" and "0123" numbers, "TRUE" a boolean and "=..."
 * a formula. A leading apostrophe says "this is text"; the cell shows and reads back without it.
 * Chosen over the plain-text format "@" on the add-on's columns, which hides the apostrophe from
 * the cell editor but costs calls on every sheet and column made, is lost on rows the sheet grows
 * by and on sheets an earlier version made, and can be cleared by the team.
 */
export function literalText(text: string): string {
  return text === '' ? '' : `'${text}`;
}
