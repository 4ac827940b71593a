/**
 * Unicode's Stream-Safe Text Format (UAX #15) allows at most 30 combining marks in a row, and no
 * writing system needs more. Remote text with longer runs ("zalgo", thousands of accents on one
 * letter) is shown with each run cut to 30: the text shaper's work grows with the run, and the
 * marks stack far outside the row.
 */
export const maxCombiningMarksInARow = 30;

const longRun = new RegExp(`\\p{M}{${maxCombiningMarksInARow + 1}}`, 'u');
const longRuns = new RegExp(`\\p{M}{${maxCombiningMarksInARow + 1},}`, 'gu');

export function capCombiningMarks(text: string): string {
  if (!longRun.test(text)) return text;
  return text.replace(longRuns, (run) => Array.from(run).slice(0, maxCombiningMarksInARow).join(''));
}
