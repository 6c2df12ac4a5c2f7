/**
 * Canonical form of an official document symbol (số hiệu) for comparison:
 * NFC, upper case, no spaces, and the three spellings of "Trung ương" (T.Ư, TƯ, TW) as TW.
 * "12-NQ/T.Ư", "12 - nq/tư" and "12-NQ/TW" all become "12-NQ/TW".
 */
export function normalizeSymbol(symbol: string): string {
  return symbol
    .normalize('NFC')
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/T\.Ư|TƯ/g, 'TW');
}
