import { buildContentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';

export { buildContentSecurityPolicy };
/** The production policy, as sent in the response header. */
export const contentSecurityPolicy = buildContentSecurityPolicy();
/** The same policy for `<meta http-equiv="Content-Security-Policy">` in renderer/index.html. */
export const contentSecurityPolicyMeta = buildContentSecurityPolicy({ forMetaTag: true });

/** Response headers with any CSP the response had replaced by ours. */
export function withCspHeader(
  headers: Record<string, string | string[]> | undefined,
  policy: string,
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') continue;
    result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}

interface HeadersSession {
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string | string[]> },
        callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
      ) => void,
    ): void;
  };
}

/**
 * Adds the policy to every response the session receives. This covers http(s) pages (the dev
 * server); `file://` responses carry no headers, so the built page must also carry the meta tag.
 */
export function installCsp(session: HeadersSession, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders, policy) });
  });
}
