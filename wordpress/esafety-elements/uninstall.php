<?php
/**
 * Removing the plugin removes what it stored: the bundle and the settings. On a network of
 * sites (multisite) each site has its own, so each site's are removed, not only the main site's.
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/options.php';

/** The plugin's options of the current site. */
function esafety_elements_forget(): void {
	foreach ( esafety_elements_option_names() as $esafety_option ) {
		delete_option( $esafety_option );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $esafety_site ) {
		switch_to_blog( $esafety_site );
		esafety_elements_forget();
		restore_current_blog();
	}
	foreach ( esafety_elements_option_names() as $esafety_option ) {
		delete_site_option( $esafety_option );
	}
} else {
	esafety_elements_forget();
}
