import type { Severity } from '../core/model';

/** A distinct shape for each severity, so colour is never the only signal. */
const SHAPES: Record<Severity, preact.JSX.Element> = {
  operational: <path d="M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13Zm-1 8.6L4.9 8 3.8 9.1 7 12.3l5.2-5.2-1.1-1.1Z" />,
  maintenance: <path d="M10.6 1.6a4 4 0 0 0-4.9 5L1.6 10.7a1.4 1.4 0 0 0 2 2l4.1-4.1a4 4 0 0 0 5-4.9l-2.3 2.3-1.9-.5-.5-1.9Z" />,
  degraded: <path d="M8 1.5 15 14H1Zm-.8 4.5v4h1.6V6Zm0 5v1.6h1.6V11Z" />,
  partial_outage: <path d="M8 .8 15.2 8 8 15.2.8 8Zm-.8 3.7v4.6h1.6V4.5Zm0 5.9V12h1.6v-1.6Z" />,
  major_outage: (
    <path d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1Zm.5 3.5L4.5 5.6 6.9 8l-2.4 2.4 1.1 1.1L8 9.1l2.4 2.4 1.1-1.1L9.1 8l2.4-2.4-1.1-1.1L8 6.9Z" />
  ),
  unknown: (
    <path d="M2 2h12v12H2Zm6 2.2c-1.5 0-2.6.9-2.7 2.3h1.5c.1-.6.5-.9 1.2-.9.6 0 1.1.4 1.1.9 0 .5-.3.8-.9 1.1-.8.4-1 .9-1 1.7v.3h1.5v-.2c0-.5.2-.7.8-1 .8-.4 1.2-1 1.2-1.9 0-1.4-1.1-2.3-2.7-2.3Zm-.8 6.6v1.5h1.6v-1.5Z" />
  ),
};

export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg class="severity-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {SHAPES[severity]}
    </svg>
  );
}
