import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Certificate {
  key: Buffer;
  cert: Buffer;
}

/**
 * A throwaway self-signed certificate for the local HTTPS fixture server, made with the system's
 * `openssl` in a temp dir that is removed straight away. The browsers are told to accept insecure
 * certificates, so one certificate serves every fixture host.
 */
export function generateSelfSignedCertificate(): Certificate {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'carrera-lens-cert-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-nodes', '-days', '2',
        '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
        '-keyout', keyFile, '-out', certFile,
        '-subj', '/CN=carrera-lens-fixtures',
        '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
  } catch (error) {
    throw new Error(
      `Could not create the test certificate with openssl (${(error as Error).message}). ` +
        'Install it with: sudo apt-get install openssl',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
