// npm run wordpress: a real WordPress with the built plugin (start.mjs), the PHP-level checks
// (check.php), the browser test (test/e2e/wordpress.mjs), then everything stopped. Needs
// `npm run build`. When apt-get cannot install the Debian packages it says SKIPPED and why.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testWordPress } from '../../test/e2e/wordpress.mjs';
import { MissingPackages, startWordPress } from './start.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const started = Date.now();
let wp;
try {
  wp = await startWordPress();
} catch (e) {
  if (!(e instanceof MissingPackages)) throw e;
  console.warn(`\nSKIPPED the WordPress plugin test: ${e.message}.\n`);
  process.exit(0);
}
let failures = 0;
let checks = 0;
const check = (ok, what) => {
  checks++;
  if (ok) console.log(`  ok  ${what}`);
  else {
    failures++;
    console.error(`  FAIL ${what}`);
  }
};
try {
  console.log(`WordPress ${wp.origin} up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log('PHP: the plugin inside WordPress (check.php)');
  const out = join(wp.dir, 'check.out');
  const php = spawnSync('sh', [
    '-c',
    `php "$@" > ${out} 2>&1`,
    'php',
    join(here, 'check.php'),
    `127.0.0.1:${wp.port}`,
    join(here, 'posts.json'),
  ]);
  const report = readFileSync(out, 'utf8');
  process.stdout.write(report);
  const phpChecks = report.split('\n').filter((l) => /^ {2}(ok|FAIL) /.test(l));
  checks += phpChecks.length;
  failures += phpChecks.filter((l) => l.startsWith('  FAIL')).length;
  check(php.status === 0 && phpChecks.length > 0, 'check.php finished');
  await testWordPress({ origin: wp.origin, check });
} finally {
  await wp.stop();
}
console.log(`\n${checks - failures}/${checks} checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures ? 1 : 0);
