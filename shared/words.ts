/** "1 row", "3 rows", "2 people". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** When something happens, from today: "today" (or already), "tomorrow", "in 5 days". */
export function inDays(days: number): string {
  return days <= 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
}

/** "First Aid, WHMIS, H2S" or "First Aid, WHMIS, ... and 4 more": the first `shown`, in the order given. */
export function nameList(names: readonly string[], shown = 6): string {
  if (names.length <= shown) return names.join(', ');
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

/** "row 4", "rows 4, 5, 9" or "rows 4, 5, 6, 7, 9, 12 and 3 more": rows (1-based) in the order given. */
export function rowList(rows: readonly number[], shown = 6): string {
  return `${rows.length === 1 ? 'row' : 'rows'} ${nameList(rows.map(String), shown)}`;
}

/** "falls due" -> "Falls due": words that start a sentence. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
