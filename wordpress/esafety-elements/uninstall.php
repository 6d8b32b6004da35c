<?php
/** Removing the plugin removes what it stored: the bundle and the settings. */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/options.php';

foreach ( esafety_elements_option_names() as $esafety_option ) {
	delete_option( $esafety_option );
	delete_site_option( $esafety_option );
}
