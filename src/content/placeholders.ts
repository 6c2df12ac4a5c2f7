/**
 * The text the scaffold (`npm run new`) writes where only the editor can supply the words,
 * e.g. a lesson's title. The content check refuses it, so a scaffolded page cannot be
 * published before it is filled; both sides read the marker from here.
 */
const OPEN = '(cần điền: ';

/** A placeholder saying what to write, e.g. placeholder('tên bài học 1') → "(cần điền: tên bài học 1)". */
export function placeholder(what: string): string {
  return `${OPEN}${what})`;
}

/** True when `value` still holds a placeholder. */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && value.normalize('NFC').includes(OPEN);
}
