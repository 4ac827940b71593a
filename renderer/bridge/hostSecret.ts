const storageKey = 'missdeck.hostSecret';

/**
 * The host opens the page as `…/#secret=XYZ`. Keep the secret for this tab (so a reload works)
 * and take it out of the visible URL.
 */
export function takeHostSecret(): string | null {
  const hash = window.location.hash.startsWith('#') ? window.location.hash.slice(1) : '';
  const fromHash = new URLSearchParams(hash).get('secret');
  if (fromHash) {
    try {
      window.sessionStorage.setItem(storageKey, fromHash);
    } catch {
      // Storage may be unavailable; the secret still works for this page load.
    }
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  try {
    return window.sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
