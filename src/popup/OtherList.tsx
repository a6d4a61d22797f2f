import type { ComponentChildren } from 'preact';

/** A compact list under a heading: everyone not affected nor offered, or those with no public status page. */
export function OtherList({ id, heading, children }: { id: string; heading: string; children: ComponentChildren }) {
  return (
    <section class={`others others--${id}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <ul class="others__list">{children}</ul>
    </section>
  );
}
