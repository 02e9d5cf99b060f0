// A real WordPress on 127.0.0.1 for the plugin test, as /work/shared/WORDPRESS.md describes it:
// Debian's wordpress, mariadb-server and php packages (installed when missing), MariaDB on a socket
// without TCP, `php -S` with router.php, WordPress installed and seeded by seed.php (posts.json:
// posts around month and day ends in Europe/Moscow), the plugin activated from dist/letopis-wordpress.zip,
// pages with the shortcode, the block and the widget. Debian's wp-config.php reads
// /etc/wordpress/config-127.0.0.1.php: one test WordPress per machine at a time.
//
//   const wp = await startWordPress();  …  await wp.stop();
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../..');
const CONFIG = '/etc/wordpress/config-127.0.0.1.php';
const CONFIG_LOCALHOST = '/etc/wordpress/config-localhost.php';
const MARK = '// written by letopis scripts/wordpress/start.mjs';
const PACKAGES = ['wordpress', 'mariadb-server', 'php-cli', 'php-mysql', 'php-mbstring', 'php-zip'];

/** Thrown when the packages cannot be installed: the caller skips, saying so. */
export class MissingPackages extends Error {}

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const ready = () =>
  existsSync('/usr/share/wordpress/wp-load.php') &&
  has('mariadbd') &&
  has('php') &&
  spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") && class_exists("ZipArchive") ? 0 : 1);']).status === 0;

/** Installs the Debian packages when missing (about 40 s). */
export function ensurePackages() {
  if (ready()) return;
  console.log(`installing ${PACKAGES.join(' ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
  if (!apt(['update', '-qq']) || !apt(['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES]) || !ready())
    throw new MissingPackages(`apt-get could not install ${PACKAGES.join(' ')}`);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

async function until(what, test, ms = 30_000) {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200)))
    if (await test()) return;
  throw new Error(`${what}: not ready after ${ms / 1000} s`);
}

/** Starts MariaDB and WordPress, seeded; `stop()` ends both and removes what it wrote. */
export async function startWordPress({ zip = join(root, 'dist/letopis-wordpress.zip') } = {}) {
  if (!existsSync(zip)) throw new Error(`${zip} is missing: run npm run build first`);
  if (existsSync(CONFIG) && !readFileSync(CONFIG, 'utf8').includes(MARK))
    throw new Error(`${CONFIG} exists and is not this test's: another WordPress uses 127.0.0.1`);
  ensurePackages();
  const dir = mkdtempSync(join(tmpdir(), 'letopis-wp-'));
  const data = join(dir, 'db');
  const socket = join(dir, 'mysqld.sock');
  const content = join(dir, 'wp-content');
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    for (const file of [CONFIG, CONFIG_LOCALHOST])
      if (existsSync(file) && readFileSync(file, 'utf8').includes(MARK)) rmSync(file);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB on a socket, no TCP.
    execFileSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${data}`,
        '--user=root',
        '--auth-root-authentication-method=socket',
        '--skip-test-db',
      ],
      { stdio: 'ignore' },
    );
    const db = spawn(
      'mariadbd',
      ['--no-defaults', '--user=root', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    children.push(db);
    let dbLog = '';
    db.stderr.on('data', (d) => (dbLog += d));
    await until(
      'MariaDB',
      () => spawnSync('mariadb-admin', ['-S', socket, '-uroot', 'ping'], { stdio: 'ignore' }).status === 0,
    ).catch((e) => {
      throw new Error(`${e.message}\n${dbLog}`);
    });
    execFileSync('mariadb', [
      '-S',
      socket,
      '-uroot',
      '-e',
      "CREATE DATABASE letopis; CREATE USER 'letopis'@'localhost' IDENTIFIED BY 'letopis'; GRANT ALL ON letopis.* TO 'letopis'@'localhost';",
    ]);

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    mkdirSync(join(content, 'plugins'), { recursive: true });
    mkdirSync(join(content, 'themes'), { recursive: true });
    cpSync(join(here, 'theme'), join(content, 'themes/letopis-test'), { recursive: true });
    writeFileSync(
      CONFIG,
      `<?php
${MARK}
define('DB_NAME', 'letopis');
define('DB_USER', 'letopis');
define('DB_PASSWORD', 'letopis');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${origin}/wp-content');
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
$table_prefix = 'wp_';
`,
    );
    if (!existsSync(CONFIG_LOCALHOST)) symlinkSync(CONFIG, CONFIG_LOCALHOST);

    // Install and seed (PHP CLI aborts when its stdout pipe closes: its output goes to a file).
    const seedOut = join(dir, 'seed.json');
    const seeded = spawnSync('sh', [
      '-c',
      `php "$@" > ${seedOut} 2> ${seedOut}.err`,
      'php',
      join(here, 'seed.php'),
      `127.0.0.1:${port}`,
      zip,
      join(here, 'posts.json'),
    ]);
    if (seeded.status !== 0) throw new Error(`seed.php failed:\n${readFileSync(`${seedOut}.err`, 'utf8')}`);
    const seed = JSON.parse(readFileSync(seedOut, 'utf8').trim().split('\n').at(-1));

    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', join(here, 'router.php')], {
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4', LETOPIS_WP_CONTENT: content },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    children.push(server);
    await until('php -S', () =>
      fetch(`${origin}/?rest_route=/`).then(
        (r) => r.ok,
        () => false,
      ),
    );
    return { origin, port, dir, socket, content, seed, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wp = await startWordPress();
  console.log(`WordPress at ${wp.origin} (Ctrl-C stops it)`);
  process.on('SIGINT', () => wp.stop().then(() => process.exit(0)));
}
