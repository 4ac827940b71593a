/**
 * What counts as a freeze in the hostile-content specs. They look for a page that hangs (a runaway regex, a
 * layout that never ends), not for smoothness, which the benches measure: a clean CI run saw animation frames
 * of 491 ms while 100 hostile notes arrived at once, and a loaded 2-core machine 600–700 ms, so a frame over
 * one second, or an evaluate not answered in one, is a freeze.
 */
export const maxAnswerMs = Number(process.env.HOSTILE_MAX_ANSWER_MS ?? 1_000);
export const maxFrameMs = Number(process.env.HOSTILE_MAX_FRAME_MS ?? 1_000);
