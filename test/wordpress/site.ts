import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A real WordPress for the plugin's tests, from Debian's packages: `wordpress` (6.1, in
 * /usr/share/wordpress, configured through /etc/wordpress/config-<name>.php), MariaDB and Apache
 * with mod_php. Everything it writes lives in its own folder (its own database directory, socket, Apache
 * config, logs and wp-content), so it touches no running service. Idempotent: a second call reuses
 * what is running and installed, and removes the plugin so the test can install it again.
 */

const WP = '/usr/share/wordpress';

/** One WordPress for the tests: where its files live, its port, and whether it is a network of sites (multisite). */
export interface SiteOptions {
  base: string;
  port: number;
  /** The name of its /etc/wordpress/config-<name>.php (Apache passes it as WORDPRESS_CONFIG). */
  configName: string;
  db: { name: string; user: string; password: string };
  /** A network (multisite, sites in sub-folders): the main site and the sites named here, each with its own administrator. */
  network?: { sites: { path: string; title: string }[] };
}

export type Role = 'administrator' | 'editor' | 'author' | 'contributor';
/** On a network, each sub-site's administrator (not a super admin) is given as "admin:<path>" ("admin:oak"). */
export type Login = Role | `admin:${string}`;
export interface User {
  role: Login;
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

/** A WordPress of its own (database, Apache, wp-content, config) in `o.base`, touching no running service. */
export function wordpressSite(o: SiteOptions) {
  const SITE = `http://127.0.0.1:${o.port}`;
  const CONFIG_FILE = `/etc/wordpress/config-${o.configName}.php`;
  const SOCKET = join(o.base, 'mysqld.sock');
  const CONTENT = join(o.base, 'wp-content');
  const DB = o.db;
  /** The address that WordPress keeps for a network (host and port, no scheme). */
  const DOMAIN = `127.0.0.1:${o.port}`;

  const sql = (statements: string) => execFileSync('mariadb', ['--socket', SOCKET, '-uroot'], { input: statements });

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
    const data = join(o.base, 'mysql');
    if (!existsSync(join(data, 'mysql'))) {
      mkdirSync(data, { recursive: true });
      execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db'], { stdio: 'ignore' });
    }
    const child = spawn(
      '/usr/sbin/mariadbd',
      ['--no-defaults', `--datadir=${data}`, `--socket=${SOCKET}`, '--skip-networking', `--pid-file=${join(o.base, 'mysqld.pid')}`, '--user=root', `--log-error=${join(o.base, 'mysqld.log')}`, '--innodb-buffer-pool-size=32M', '--skip-log-bin'],
      { detached: true, stdio: 'ignore' },
    );
    child.unref();
    await waitFor('MariaDB', mariadbUp);
    sql(
      `CREATE DATABASE IF NOT EXISTS ${DB.name}; CREATE USER IF NOT EXISTS '${DB.user}'@'localhost' IDENTIFIED BY '${DB.password}';` +
        ` GRANT ALL ON ${DB.name}.* TO '${DB.user}'@'localhost'; FLUSH PRIVILEGES;`,
    );
  }

  /** The config; `network`: with the constants of a network of sites in sub-folders (written once the network exists). */
  function writeWordPressConfig(network = false) {
    const salt = (name: string) => `define('${name}', 'esafety-elements-test-${name.toLowerCase()}');`;
    const php = `<?php
// Written by test/wordpress/site.ts for the esafety-elements plugin tests (Apache: SetEnv WORDPRESS_CONFIG ${o.configName}).
define('DB_NAME', '${DB.name}');
define('DB_USER', '${DB.user}');
define('DB_PASSWORD', '${DB.password}');
define('DB_HOST', 'localhost:${SOCKET}');
${o.network ? '' : `define('WP_HOME', '${SITE}');\ndefine('WP_SITEURL', '${SITE}');\n`}define('WP_CONTENT_DIR', '${CONTENT}');
define('WP_CONTENT_URL', '${SITE}/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');
define('FS_METHOD', 'direct');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(o.base, 'debug.log')}');
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map(salt).join('\n')}
${
  o.network
    ? `define('WP_ALLOW_MULTISITE', true);\n` +
      (network
        ? `define('MULTISITE', true);\ndefine('SUBDOMAIN_INSTALL', false);\ndefine('DOMAIN_CURRENT_SITE', '${DOMAIN}');\ndefine('PATH_CURRENT_SITE', '/');\ndefine('SITE_ID_CURRENT_SITE', 1);\ndefine('BLOG_ID_CURRENT_SITE', 1);\n`
        : '')
    : ''
}`;
    mkdirSync('/etc/wordpress', { recursive: true });
    writeFileSync(CONFIG_FILE, php);
  }

  // A network's sites live in sub-folders (/oak/wp-admin/ …): WordPress's own rewrite rules for that.
  const rewrites = o.network
    ? `  RewriteRule ^([_0-9a-zA-Z-]+/)?wp-admin$ $1wp-admin/ [R=301,L]
  RewriteCond %{REQUEST_FILENAME} -f [OR]
  RewriteCond %{REQUEST_FILENAME} -d
  RewriteRule ^ - [L]
  RewriteRule ^([_0-9a-zA-Z-]+/)?(wp-(content|admin|includes).*) /$2 [L]
  RewriteRule ^([_0-9a-zA-Z-]+/)?(.*\\.php)$ /$2 [L]
  RewriteRule . /index.php [L]`
    : `  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule . /index.php [L]`;

  const apacheConf = () => `# Written by test/wordpress/site.ts
ServerRoot ${o.base}
ServerName 127.0.0.1
Listen 127.0.0.1:${o.port}
PidFile ${join(o.base, 'apache.pid')}
Mutex file:${o.base}
User www-data
Group www-data
ErrorLog ${join(o.base, 'apache-error.log')}
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
SetEnv WORDPRESS_CONFIG ${o.configName}
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
${rewrites}
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
    const conf = join(o.base, 'apache.conf');
    const text = apacheConf();
    const running = await apacheUp();
    if (running && existsSync(conf) && readFileSync(conf, 'utf8') === text) return;
    writeFileSync(conf, text);
    execFileSync('/usr/sbin/apache2', ['-f', conf, '-k', running ? 'graceful' : 'start'], { stdio: 'inherit', env: { ...process.env, APACHE_LOG_DIR: o.base } });
    await waitFor('Apache', apacheUp);
  }

  /**
   * wp-content in its folder: Debian's default theme and language packs, and no plugin yet (the
   * test uploads the zip as an administrator would). The web server owns it, so WordPress can
   * install uploaded plugins there.
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

  /** Runs PHP inside WordPress (wp-load.php, as the CLI; on a network, as the site at `path`) and returns what it printed. */
  function wpPhp(code: string, installing = false, path = '/'): string {
    const script = `<?php
$_SERVER['HTTP_HOST'] = '${DOMAIN}';
$_SERVER['WORDPRESS_CONFIG'] = '${o.configName}';
$_SERVER['REQUEST_URI'] = '${path}';
$_SERVER['SERVER_PORT'] = '${o.port}';
${installing ? "define('WP_INSTALLING', true);" : ''}
require '${WP}/wp-load.php';
${code}`;
    const file = join(o.base, 'run.php');
    writeFileSync(file, script);
    return execFileSync('php', [file], { encoding: 'utf8' });
  }

  const USERS: Role[] = ['administrator', 'editor', 'author', 'contributor'];

  /** PHP that (re)makes a user with a known password and a fresh application password, and adds it to `$users`. */
  const userPhp = `
function esafety_test_user( $login, $role, &$users, $site_role = null ) {
  $password = $login . '-password-1';
  $id = username_exists( $login );
  if ( ! $id ) {
    $id = wp_insert_user( array( 'user_login' => $login, 'user_pass' => $password, 'user_email' => $login . '@larkspur-lane.example', 'role' => $site_role ?? $role, 'display_name' => ucfirst( $login ) ) );
  } else {
    wp_set_password( $password, $id );
  }
  WP_Application_Passwords::delete_all_application_passwords( $id );
  list( $app ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'esafety-tests' ) );
  $users[] = array( 'role' => $role, 'login' => $login, 'password' => $password, 'appPassword' => $app, 'id' => $id );
  return $id;
}`;

  const usersOut = (out: string) => JSON.parse(out.slice(out.lastIndexOf('@@') + 2)) as User[];

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
${userPhp}
$users = array();
foreach ( json_decode( '${JSON.stringify(USERS)}' ) as $role ) esafety_test_user( 'test-' . $role, $role, $users );
echo "\\n@@" . wp_json_encode( $users );
`,
      true,
    );
    return usersOut(out);
  }

  /**
   * A network in sub-folders, as Network Setup makes it: the main site (its super admin "head"),
   * then each sub-site with an administrator of its own who is not a super admin (so, like
   * every site admin on a network, has no unfiltered_html).
   */
  function installNetwork(): User[] {
    if (!networked()) makeNetwork();
    writeWordPressConfig(true);
    return usersOut(networkUsers());
  }

  /** Whether the network's tables are there and hold it (a later run reuses it). */
  const networked = () => {
    try {
      return execFileSync('mariadb', ['--socket', SOCKET, '-uroot', '-N', '-e', `SELECT COUNT(*) FROM ${DB.name}.wp_site`], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() !== '0';
    } catch {
      return false;
    }
  };

  /** The single site, then the network from it (as Tools → Network Setup does). */
  function makeNetwork() {
    writeWordPressConfig(false);
    const made = wpPhp(
      `
define( 'WP_INSTALLING_NETWORK', true ); // as wp-admin/network.php does: the network's tables are part of the schema
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/network.php';
global $wp_rewrite, $wpdb;
foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) $wpdb->$table = $prefixed; // as wp-admin/network.php does
if ( ! is_blog_installed() ) {
  wp_install( 'Larkspur Lane Primary School', 'head', 'head@larkspur-lane.example', false, '', 'head-password-1' );
}
$wp_rewrite->set_permalink_structure( '/%postname%/' );
$wp_rewrite->flush_rules( false );
if ( ! $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->site}" ) ) {
  install_network();
  $r = populate_network( 1, '${DOMAIN}', 'head@larkspur-lane.example', 'Larkspur Federation', '/', false );
  if ( is_wp_error( $r ) ) { echo 'network: ' . $r->get_error_message(); die( 1 ); }
}
echo "\n@@network";`,
      true,
    );
    if (!made.endsWith('@@network')) throw new Error(`the network was not set up: ${made.slice(-500)}`);
  }

  /** The super admin, and each sub-site (made if need be) with its own administrator; the plugin's options forgotten. */
  function networkUsers(): string {
    return wpPhp(`
require_once ABSPATH . 'wp-admin/includes/plugin.php';
${userPhp}
global $wpdb;
$users = array();
$head = get_user_by( 'login', 'head' );
grant_super_admin( $head->ID );
$users[] = array( 'role' => 'administrator', 'login' => 'head', 'password' => 'head-password-1', 'appPassword' => '', 'id' => $head->ID );
deactivate_plugins( 'esafety-elements/esafety-elements.php', true, true );
foreach ( json_decode( '${JSON.stringify(o.network!.sites)}' ) as $site ) {
  $path = '/' . $site->path . '/';
  $blog = get_blog_id_from_url( '${DOMAIN}', $path );
  if ( ! $blog ) {
    $blog = wp_insert_site( array( 'domain' => '${DOMAIN}', 'path' => $path, 'title' => $site->title, 'user_id' => $head->ID ) );
    if ( is_wp_error( $blog ) ) { echo 'site: ' . $blog->get_error_message(); die( 1 ); }
    // WordPress strips the colon of a port from a new site's address; the test's sites have one.
    $wpdb->update( $wpdb->blogs, array( 'domain' => '${DOMAIN}' ), array( 'blog_id' => $blog ) );
    clean_blog_cache( $blog );
    update_blog_option( $blog, 'home', 'http://${DOMAIN}' . untrailingslashit( $path ) );
    update_blog_option( $blog, 'siteurl', 'http://${DOMAIN}' . untrailingslashit( $path ) );
  }
  switch_to_blog( $blog );
  update_option( 'permalink_structure', '/%postname%/' );
  delete_option( 'rewrite_rules' );
  $id = esafety_test_user( 'admin-' . $site->path, 'admin:' . $site->path, $users, 'administrator' );
  add_user_to_blog( $blog, $id, 'administrator' );
  restore_current_blog();
}
foreach ( get_sites( array( 'fields' => 'ids' ) ) as $blog ) {
  delete_blog_option( $blog, 'esafety_elements_bundle' );
  delete_blog_option( $blog, 'esafety_elements_settings' );
}
echo "\\n@@" . wp_json_encode( $users );
`);
  }

  /** Everything up, the plugin not installed; returns the users (one per role, or on a network the super admin and each site's administrator). */
  async function startSite(): Promise<User[]> {
    checkPackages();
    mkdirSync(o.base, { recursive: true });
    await timed('MariaDB', startMariaDB);
    writeWordPressConfig(!!o.network);
    await timed('wp-content', prepareContent);
    await timed('Apache', startApache);
    return timed('WordPress install and users', o.network ? installNetwork : installSite);
  }

  /** Stops Apache and MariaDB, and waits until they are gone (the data stays, so the next run is quick). */
  async function stopSite() {
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
      const file = join(o.base, name);
      const pid = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : NaN;
      if (pid > 0 && alive(pid)) {
        process.kill(pid, 'SIGTERM');
        pids.push(pid);
      }
    }
    await waitFor('the shutdown', () => !pids.some(alive), 30000).catch(() => undefined);
  }

  return { SITE, startSite, stopSite, wpPhp };
}

/** The single site most tests use. */
export const single = wordpressSite({
  base: process.env.ESAFETY_WP_DIR ?? '/tmp/esafety-elements-wp',
  port: Number(process.env.ESAFETY_WP_PORT ?? 8734),
  configName: 'esafety-elements-test',
  db: { name: 'esafety_wp', user: 'esafety_wp', password: 'esafety-wp-test' },
});
export const { SITE, wpPhp } = single;
