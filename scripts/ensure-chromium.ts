/** Fail early with the fix when Debian's Chromium is missing (browser tests never download one). */
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `Chromium saknas på ${path}. Installera den med:\n  apt-get update && apt-get install -y chromium\n(eller sätt CHROMIUM_PATH till en annan Chromium).`,
  );
  process.exit(1);
}
