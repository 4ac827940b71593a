/** `misskey.io` for `https://misskey.io`; the input as given if it is no URL. */
export function serverHost(server: string): string {
  try {
    return new URL(server.includes('://') ? server : `https://${server}`).host || server;
  } catch {
    return server;
  }
}
