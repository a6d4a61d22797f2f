/*
 * Its own module, importing nothing: the popup reads stored values with it, and body.ts would bring the
 * worker's body readers into the popup's first script.
 */

/** A JSON object, whose fields the caller checks one by one before it uses them. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields of `value` when it is an object, else undefined: for reading a stored value field by field. */
export function fieldsOf(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}
