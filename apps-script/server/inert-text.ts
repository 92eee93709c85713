/**
 * Text copied into a sheet as text, never as a formula: Sheets reads a value beginning with
 * = + - @ (or a tab or carriage return before one) as a formula, and a leading apostrophe is its
 * way of saying "this is text", which the cell then shows without the apostrophe.
 */
export function inertText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Text that must read back exactly as it came (text from the web): inert, and never turned into a
 * number, a boolean or a date, nor robbed of a leading apostrophe. Sheets shows the apostrophe it
 * adds as nothing: a leading apostrophe on any text just says "this is text".
 */
export function literalText(text: string): string {
  const inert = inertText(text);
  return inert !== text || text === '' ? inert : `'${text}`;
}
