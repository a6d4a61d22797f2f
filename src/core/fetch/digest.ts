/** A body's fingerprint and size, from one pass over its text. */
export interface BodyDigest {
  /** Two 32-bit FNV-1a lanes and the length, in base 36: equal bodies give equal hashes. */
  hash: string;
  /** The body's size in UTF-8 bytes, as it came over the wire before compression. */
  bytes: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/**
 * The second lane starts elsewhere and multiplies by another odd constant (MurmurHash2's), so that a change
 * one lane misses the other is unlikely to: with the length as well, two different bodies of one page share a
 * hash about once in 2^64 changes. Not a cryptographic hash: nobody gains by forging one, a page that wanted
 * to mislead us would simply send a misleading body.
 */
const SECOND_OFFSET = 0x9747b28c;
const SECOND_PRIME = 0x5bd1e995;

/**
 * FNV-1a over the UTF-16 code units (no encoding step, so a 400 KB body takes about a millisecond), and the
 * UTF-8 size counted in the same loop. A surrogate counts two bytes, so a pair counts the four it encodes to.
 */
export function digestBody(text: string): BodyDigest {
  let first = FNV_OFFSET;
  let second = SECOND_OFFSET;
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    first = Math.imul(first ^ unit, FNV_PRIME);
    second = Math.imul(second ^ unit, SECOND_PRIME);
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  const lane = (value: number) => (value >>> 0).toString(36);
  return { hash: `${lane(first)}.${lane(second)}.${text.length.toString(36)}`, bytes };
}
