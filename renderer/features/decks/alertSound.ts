/**
 * The columns' new-item sound: a short two-note chime synthesized with WebAudio (nothing is
 * fetched or shipped as a file). At most one chime per `minGapMs`, however fast items arrive.
 */
const minGapMs = 1500;
let context: AudioContext | null = null;
let lastAt = -Infinity;

/** Plays the chime; `force` (trying the volume in settings) skips the wait between chimes. */
export function playChime(volumePercent: number, force = false): boolean {
  const now = performance.now();
  if (volumePercent <= 0 || (!force && now - lastAt < minGapMs) || typeof AudioContext === 'undefined') return false;
  lastAt = now;
  context ??= new AudioContext();
  const start = context.currentTime;
  const peak = 0.25 * (Math.min(100, volumePercent) / 100);
  // E6 then A6: bright, brief, unlike a system alert.
  [1318.5, 1760].forEach((frequency, i) => {
    const osc = context!.createOscillator();
    const gain = context!.createGain();
    const at = start + i * 0.09;
    osc.type = 'sine';
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(peak, at + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.22);
    osc.connect(gain).connect(context!.destination);
    osc.start(at);
    osc.stop(at + 0.25);
  });
  return true;
}
