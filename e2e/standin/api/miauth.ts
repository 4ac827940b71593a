import type { State } from '../state';
import type { Packer } from '../pack';

/** POST /api/miauth/{session}/check: the token is handed out exactly once. */
export function miauthCheck(state: State, packer: Packer, sessionId: string): Record<string, unknown> {
  const s = state.sessions.get(sessionId);
  if (!s || s.status !== 'approved' || !s.token || !s.userId) return { ok: false };
  s.status = 'consumed';
  const user = state.users.get(s.userId)!;
  return { ok: true, token: s.token, user: packer.userDetailedNotMe(user) };
}
