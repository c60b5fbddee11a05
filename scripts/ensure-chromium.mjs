// Makes sure a Chromium for the browser tests exists before they run.
// Order: CHROMIUM_PATH, then /usr/bin/chromium, then (as root on Debian) apt-get install chromium.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${wanted} does not exist.`);
  process.exit(1);
}
if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log('Chromium missing: installing Debian chromium with apt-get (once) ...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], {
    stdio: 'inherit',
    env,
  });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error('No Chromium found. Install Debian chromium (apt-get install chromium) or set CHROMIUM_PATH.');
process.exit(1);
