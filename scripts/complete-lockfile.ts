// The npm registry this project installs from lacks some packages' binaries for other
// platforms (macOS, Windows, ARM), so `npm install` leaves them out of package-lock.json and
// `npm ci` then refuses the lock file as out of sync. This adds each missing optional platform
// package with the os/cpu it is for; npm skips them on every other platform, so nothing is
// fetched. It runs after every install (the `postinstall` script).
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
}

const path = 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, LockEntry> };

function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> | undefined {
  const os = [['darwin', 'darwin'], ['win32', 'win32'], ['windows', 'win32'], ['android', 'android'], ['freebsd', 'freebsd'], ['linux', 'linux']].find(([key]) => name.includes(`-${key}`))?.[1];
  const cpu = [['arm64', 'arm64'], ['x64', 'x64'], ['wasm32', 'wasm32'], ['-arm-', 'arm'], ['ia32', 'ia32']].find(([key]) => name.includes(key!))?.[1];
  if (!cpu) return undefined;
  const libc = name.includes('-musl') ? ['musl'] : name.includes('-gnu') ? ['glibc'] : undefined;
  return { ...(os ? { os: [os] } : {}), cpu: [cpu], ...(libc ? { libc } : {}) };
}

let added = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location}/node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    lock.packages[hoisted] = { version, dev: true, optional: true, ...platform };
    added += 1;
  }
}
if (added > 0) {
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`package-lock.json: ${added} plattformspaket för andra system tillagda.`);
}
