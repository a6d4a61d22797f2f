/** An element's text as a person reads it: white space folded, as the browser shows it. */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
