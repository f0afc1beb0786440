import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXTENSION_ID } from './chromium';

/** Where Chromium on Linux reads mandatory policy (as root); created when missing, as on a fresh CI machine. */
export const POLICY_DIR = '/etc/chromium/policies/managed';
export const POLICY_FILE = path.join(POLICY_DIR, 'safepost-e2e.json');

/**
 * Writes SafePost's managed policy the way an admin does on Linux. Chromium reads it when it starts
 * (and then every few minutes), so launch a new browser after writing. Always pair with
 * removeManagedPolicy: the file applies to every Chromium started on this machine.
 */
export async function writeManagedPolicy(policy: unknown): Promise<void> {
  await mkdir(POLICY_DIR, { recursive: true });
  await writeFile(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
}

export async function removeManagedPolicy(): Promise<void> {
  await rm(POLICY_FILE, { force: true });
}
