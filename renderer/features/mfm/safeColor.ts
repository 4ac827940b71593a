/** An MFM colour argument (`f00`, `ff000080`): 3, 4, 6 or 8 hex digits only, as `#…`; else null. */
export function safeHexColor(value: string | true | undefined): string | null {
  if (typeof value !== 'string') return null;
  return /^(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value) ? `#${value}` : null;
}
