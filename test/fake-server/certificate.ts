import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Certificate {
  key: string;
  cert: string;
}

const OPENSSL = '/usr/bin/openssl';

/**
 * A throwaway self-signed certificate for the fake status server, made with openssl into `dir`.
 * The browser runs with --ignore-certificate-errors, so the names only keep the certificate plausible.
 */
export function makeSelfSignedCertificate(dir: string, hosts: readonly string[]): Certificate {
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const altNames = ['DNS:localhost', 'IP:127.0.0.1', ...hosts.map((host) => `DNS:${host}`)].join(',');
  execFileSync(
    OPENSSL,
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-days',
      '1',
      '-subj',
      '/CN=AI Outage Radar fake status server',
      '-addext',
      `subjectAltName=${altNames}`,
    ],
    { stdio: 'pipe', timeout: 15_000 },
  );
  return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
}
