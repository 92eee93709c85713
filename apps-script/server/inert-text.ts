/**
 * Text copied into a sheet as text, never as a formula: Sheets reads a value beginning with
 * = + - @ (or a tab or carriage return before one) as a formula, and a leading apostrophe is its
 * way of saying "this is text", which the cell then shows without the apostrophe.
 */
export function inertText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
