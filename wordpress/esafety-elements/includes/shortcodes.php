<?php
/**
 * Shortcodes, one per element, for every role that can write a post:
 * [esafety-policy], [aup-form age="ks1"], [esafety-quiz age="ks2"], [report-concern reporter="parent"],
 * [parent-guidance topic="gaming"]. Only public attributes are taken; the bundle, endpoint and
 * language are the site's (Settings → E-safety elements).
 */

defined( 'ABSPATH' ) || exit;

function esafety_elements_register_shortcodes(): void {
	foreach ( array_keys( esafety_elements_spec() ) as $tag ) {
		add_shortcode(
			$tag,
			static fn ( $atts ) => esafety_elements_render( $tag, is_array( $atts ) ? $atts : array() )
		);
	}
}
add_action( 'init', 'esafety_elements_register_shortcodes' );
