<?php
/**
 * Plugin Name:       E-safety elements
 * Description:       A school's online-safety policy, acceptable-use agreements, quiz, concern reporting and parent guidance, from one policy bundle: blocks and shortcodes for every editor role.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       esafety-elements
 *
 * The browser code in dist/ is the MIT-licensed esafety-elements library (GPL-compatible).
 */

defined( 'ABSPATH' ) || exit;

define( 'ESAFETY_ELEMENTS_VERSION', '0.1.0' );
define( 'ESAFETY_ELEMENTS_DIR', __DIR__ );
define( 'ESAFETY_ELEMENTS_FILE', __FILE__ );

// A copy of the source folder rather than the built zip has no library: say so, and do nothing else.
if ( ! is_readable( __DIR__ . '/elements.json' ) || ! is_readable( __DIR__ . '/dist/esafety-elements.js' ) ) {
	add_action(
		'admin_notices',
		static function () {
			echo '<div class="notice notice-error"><p>' . esc_html__( 'E-safety elements is missing its built files (elements.json and dist/). Install the zip made by `npm run wp:zip` instead of the source folder.', 'esafety-elements' ) . '</p></div>';
		}
	);
	return;
}

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/script.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/rest.php';
if ( is_admin() ) {
	require_once __DIR__ . '/includes/settings.php';
}
