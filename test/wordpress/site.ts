import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A real WordPress for the plugin's tests, from Debian's packages: `wordpress` (6.1, in
 * /usr/share/wordpress, configured through /etc/wordpress/config-<name>.php), MariaDB and Apache
 * with mod_php. Everything it writes lives in BASE (its own database directory, socket, Apache
 * config, logs and wp-content), so it touches no running service. Idempotent: a second call reuses
 * what is running and installed, and removes the plugin so the test can install it again.
 */

export const BASE = process.env.ESAFETY_WP_DIR ?? '/tmp/esafety-elements-wp';
export const PORT = Number(process.env.ESAFETY_WP_PORT ?? 8734);
export const SITE = `http://127.0.0.1:${PORT}`;
const WP = '/usr/share/wordpress';
const CONFIG_NAME = 'esafety-elements-test';
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;
const SOCKET = join(BASE, 'mysqld.sock');
const CONTENT = join(BASE, 'wp-content');
const DB = { name: 'esafety_wp', user: 'esafety_wp', password: 'esafety-wp-test' };

export type Role = 'administrator' | 'editor' | 'author' | 'contributor';
export interface User {
  role: Role;
  login: string;
  password: string;
  /** An application password, for the REST API (Basic auth). */
  appPassword: string;
  id: number;
}

const timings: [string, number][] = [];
async function timed<T>(what: string, fn: () => T | Promise<T>): Promise<T> {
  const t = performance.now();
  const result = await fn();
  timings.push([what, Math.round(performance.now() - t)]);
  return result;
}
export const setupTimings = () => timings.map(([what, ms]) => `${what}: ${ms} ms`).join('; ');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 30000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(150);
  }
  throw new Error(`${what} did not start within ${ms / 1000} s`);
}

const missing = (bin: string) => !existsSync(bin);

/** Say what to install when a package is missing. */
function checkPackages() {
  const needs: [string, string][] = [
    [`${WP}/wp-settings.php`, 'wordpress'],
    ['/usr/sbin/mariadbd', 'mariadb-server'],
    ['/usr/sbin/apache2', 'apache2'],
    ['/usr/lib/apache2/modules/libphp8.2.so', 'libapache2-mod-php'],
  ];
  const absent = needs.filter(([path]) => missing(path)).map(([, pkg]) => pkg);
  if (absent.length) throw new Error(`Missing Debian packages: apt-get install -y ${absent.join(' ')} php-mysql`);
}

function sql(statements: string) {
  execFileSync('mariadb', ['--socket', SOCKET, '-uroot'], { input: statements });
}

const mariadbUp = () => {
  try {
    execFileSync('mariadb-admin', ['--socket', SOCKET, '-uroot', 'ping'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

async function startMariaDB() {
  if (mariadbUp()) return;
  const data = join(BASE, 'mysql');
  if (!existsSync(join(data, 'mysql'))) {
    mkdirSync(data, { recursive: true });
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db'], { stdio: 'ignore' });
  }
  const child = spawn(
    '/usr/sbin/mariadbd',
    ['--no-defaults', `--datadir=${data}`, `--socket=${SOCKET}`, '--skip-networking', `--pid-file=${join(BASE, 'mysqld.pid')}`, '--user=root', `--log-error=${join(BASE, 'mysqld.log')}`, '--innodb-buffer-pool-size=32M', '--skip-log-bin'],
    { detached: true, stdio: 'ignore' },
  );
  child.unref();
  await waitFor('MariaDB', mariadbUp);
  sql(
    `CREATE DATABASE IF NOT EXISTS ${DB.name}; CREATE USER IF NOT EXISTS '${DB.user}'@'localhost' IDENTIFIED BY '${DB.password}';` +
      ` GRANT ALL ON ${DB.name}.* TO '${DB.user}'@'localhost'; FLUSH PRIVILEGES;`,
  );
}

function writeWordPressConfig() {
  const salt = (name: string) => `define('${name}', 'esafety-elements-test-${name.toLowerCase()}');`;
  const php = `<?php
// Written by test/wordpress/site.ts for the esafety-elements plugin tests (Apache: SetEnv WORDPRESS_CONFIG ${CONFIG_NAME}).
define('DB_NAME', '${DB.name}');
define('DB_USER', '${DB.user}');
define('DB_PASSWORD', '${DB.password}');
define('DB_HOST', 'localhost:${SOCKET}');
define('WP_HOME', '${SITE}');
define('WP_SITEURL', '${SITE}');
define('WP_CONTENT_DIR', '${CONTENT}');
define('WP_CONTENT_URL', '${SITE}/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');
define('FS_METHOD', 'direct');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(BASE, 'debug.log')}');
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map(salt).join('\n')}
`;
  mkdirSync('/etc/wordpress', { recursive: true });
  writeFileSync(CONFIG_FILE, php);
}

const apacheConf = () => `# Written by test/wordpress/site.ts
ServerRoot ${BASE}
ServerName 127.0.0.1
Listen 127.0.0.1:${PORT}
PidFile ${join(BASE, 'apache.pid')}
Mutex file:${BASE}
User www-data
Group www-data
ErrorLog ${join(BASE, 'apache-error.log')}
LogLevel warn
${['mpm_prefork', 'authz_core', 'dir', 'mime', 'alias', 'rewrite', 'env', 'headers'].map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n')}
LoadModule php_module /usr/lib/apache2/modules/libphp8.2.so
StartServers 2
MinSpareServers 2
MaxSpareServers 4
MaxRequestWorkers 8
TypesConfig /etc/mime.types
AddType application/javascript .js
AddType application/json .json
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
SetEnv WORDPRESS_CONFIG ${CONFIG_NAME}
DocumentRoot ${WP}
DirectoryIndex index.php
Alias /wp-content ${CONTENT}
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${CONTENT}>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory ${WP}>
  Options FollowSymLinks
  Require all granted
  RewriteEngine On
  RewriteBase /
  RewriteRule ^index\\.php$ - [L]
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule . /index.php [L]
</Directory>
`;

const apacheUp = async () => {
  try {
    const r = await fetch(`${SITE}/wp-includes/images/blank.gif`);
    return r.ok;
  } catch {
    return false;
  }
};

async function startApache() {
  const conf = join(BASE, 'apache.conf');
  const text = apacheConf();
  const running = await apacheUp();
  if (running && existsSync(conf) && readFileSync(conf, 'utf8') === text) return;
  writeFileSync(conf, text);
  execFileSync('/usr/sbin/apache2', ['-f', conf, '-k', running ? 'graceful' : 'start'], { stdio: 'inherit', env: { ...process.env, APACHE_LOG_DIR: BASE } });
  await waitFor('Apache', apacheUp);
}

/**
 * wp-content in BASE: Debian's default theme and language packs, and no plugin yet (the test
 * uploads the zip as an administrator would). The web server owns it, so WordPress can install
 * uploaded plugins there.
 */
function prepareContent() {
  for (const dir of ['themes', 'plugins', 'uploads', 'upgrade']) mkdirSync(join(CONTENT, dir), { recursive: true });
  const theme = join(CONTENT, 'themes/twentytwentythree');
  if (!existsSync(theme)) symlinkSync(`${WP}/wp-content/themes/twentytwentythree`, theme);
  // Debian's language packs (Welsh among them), as in its own /var/lib/wordpress/wp-content.
  const languages = join(CONTENT, 'languages');
  if (!existsSync(languages)) symlinkSync(`${WP}/wp-content/languages`, languages);
  rmSync(join(CONTENT, 'plugins/esafety-elements'), { recursive: true, force: true });
  execFileSync('chown', ['-R', 'www-data:www-data', CONTENT]);
}

/** Runs PHP inside WordPress (wp-load.php, as the CLI) and returns what it printed. */
export function wpPhp(code: string, installing = false): string {
  const script = `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${PORT}';
$_SERVER['WORDPRESS_CONFIG'] = '${CONFIG_NAME}';
$_SERVER['REQUEST_URI'] = '/';
${installing ? "define('WP_INSTALLING', true);" : ''}
require '${WP}/wp-load.php';
${code}`;
  const file = join(BASE, 'run.php');
  writeFileSync(file, script);
  return execFileSync('php', [file], { encoding: 'utf8' });
}

const USERS: Role[] = ['administrator', 'editor', 'author', 'contributor'];

/** Installs the site once; (re)creates the users' application passwords; forgets the plugin's options. */
function installSite(): User[] {
  const out = wpPhp(
    `
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
if ( ! is_blog_installed() ) {
  wp_install( 'Larkspur Lane Primary School', 'head', 'head@larkspur-lane.example', false, '', 'head-password-1' );
}
global $wp_rewrite;
$wp_rewrite->set_permalink_structure( '/%postname%/' );
$wp_rewrite->flush_rules( false );
update_option( 'WPLANG', '' );
delete_option( 'esafety_elements_bundle' );
delete_option( 'esafety_elements_settings' );
deactivate_plugins( 'esafety-elements/esafety-elements.php', true );
$users = array();
foreach ( json_decode( '${JSON.stringify(USERS)}' ) as $role ) {
  $login = 'test-' . $role;
  $password = $login . '-password-1';
  $id = username_exists( $login );
  if ( ! $id ) {
    $id = wp_insert_user( array( 'user_login' => $login, 'user_pass' => $password, 'user_email' => $login . '@larkspur-lane.example', 'role' => $role, 'display_name' => ucfirst( $role ) ) );
  } else {
    wp_set_password( $password, $id );
  }
  WP_Application_Passwords::delete_all_application_passwords( $id );
  list( $app ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'esafety-tests' ) );
  $users[] = array( 'role' => $role, 'login' => $login, 'password' => $password, 'appPassword' => $app, 'id' => $id );
}
echo "\\n@@" . wp_json_encode( $users );
`,
    true,
  );
  return JSON.parse(out.slice(out.lastIndexOf('@@') + 2)) as User[];
}

/** Everything up, the plugin not installed; returns the users, one per role. */
export async function startSite(): Promise<User[]> {
  checkPackages();
  mkdirSync(BASE, { recursive: true });
  await timed('MariaDB', startMariaDB);
  writeWordPressConfig();
  await timed('wp-content', prepareContent);
  await timed('Apache', startApache);
  return timed('WordPress install and users', installSite);
}

/** Stops Apache and MariaDB, and waits until they are gone (the data stays, so the next run is quick). */
export async function stopSite() {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const pids: number[] = [];
  for (const name of ['apache.pid', 'mysqld.pid']) {
    const file = join(BASE, name);
    const pid = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : NaN;
    if (pid > 0 && alive(pid)) {
      process.kill(pid, 'SIGTERM');
      pids.push(pid);
    }
  }
  await waitFor('the shutdown', () => !pids.some(alive), 30000).catch(() => undefined);
}
