import { vi, type Mock } from 'vitest';
import type { Logger } from '../core/platform';

type LogFn = Logger['info'];

/** A logger that records, for tests. */
export function fakeLogger(): { info: Mock<LogFn>; warn: Mock<LogFn>; error: Mock<LogFn> } {
  return { info: vi.fn<LogFn>(), warn: vi.fn<LogFn>(), error: vi.fn<LogFn>() };
}
