import { expect } from '@playwright/test';
import type { EvilServer } from './evilServer';
import type { AuditFinding } from './inPage';
import type { CspReport, HostileWatch, PageProbe } from './pageWatch';

/** zod (in the app's own bundle) probes `new Function` once per load to see whether it may JIT: harmless. */
export const isOwnEvalProbe = (report: CspReport, hostOrigin: string): boolean => report.blocked === 'eval' && report.source.startsWith(`${hostOrigin}/`);

export interface HostileVerdictInput {
  probe: PageProbe;
  watch: HostileWatch;
  evil: EvilServer;
  hostOrigin: string;
  /** Markup audit findings in the rendered items. */
  findings: AuditFinding[];
  /** What the items are, for the messages: "notes", "messages". */
  items: string;
}

/** What every hostile-content spec asserts, whatever the app does: hostile content ran nothing, loaded nothing, went nowhere. */
export function expectNothingHostileHappened({ probe, watch, evil, hostOrigin, findings, items }: HostileVerdictInput): void {
  expect(probe.pwned, 'no script ran (window.__pwned)').toEqual([]);
  expect(probe.polluted, 'Object.prototype is not polluted').toBeUndefined();
  expect(watch.dialogs, 'no dialog opened').toEqual([]);
  expect(watch.popups, 'no window opened').toEqual([]);
  expect(watch.openUrlFrames, 'the host was not asked to open any URL').toEqual([]);
  expect(evil.forbidden(), 'no script, style, frame or fetch load from the evil origin').toEqual([]);
  expect(watch.badRequests, `no request beyond the host, and http(s) images from the ${items}`).toEqual([]);
  expect(watch.navigations, 'the window never navigated (reloads are the test’s own)').toEqual([]);
  expect(probe.csp.filter((r) => !isOwnEvalProbe(r, hostOrigin)), 'nothing hostile got as far as the CSP').toEqual([]);
  expect(findings, `no script, frame, style, handler or non-http(s) link in rendered ${items}`).toEqual([]);
}
