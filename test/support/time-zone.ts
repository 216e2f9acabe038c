import { executeServerCommand } from '@web/test-runner-commands';

/** Run this test file's page in another time zone (see time-zone-plugin.mjs); `null` restores it. */
export async function emulateTimeZone(zone: string | null): Promise<void> {
  await executeServerCommand('emulate-time-zone', { zone });
}
