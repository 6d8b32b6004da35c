<?php
/**
 * Loading the elements: the script goes into a page only when something on it used an element
 * (a block, a shortcode, or a tag typed into the content), as one <script type="module"> in the
 * footer. WordPress 6.1 has no script-module API, so the tag is printed here.
 */

defined( 'ABSPATH' ) || exit;

/** Note that this page needs the elements (or, with false, just ask). */
function esafety_elements_mark_used( bool $used = true ): bool {
	static $on_page = false;
	return $on_page = $on_page || $used;
}

/** The built library shipped in the plugin's dist/ folder (its chunks sit beside it). */
function esafety_elements_script_url(): string {
	return plugins_url( 'dist/esafety-elements.js', ESAFETY_ELEMENTS_FILE );
}

/**
 * Tags typed into the content (a Custom HTML block, or kept from an older page) are found here:
 * the page loads the script, and a tag without a `lang` gets the site's element language (else
 * it would take the page's, en-US on a default site).
 */
function esafety_elements_filter_content( $content ) {
	if ( ! is_string( $content ) || ! preg_match( esafety_elements_tag_pattern(), $content ) ) {
		return $content;
	}
	esafety_elements_mark_used();
	$lang = esc_attr( esafety_elements_lang() );
	return preg_replace_callback(
		'/<(' . implode( '|', array_keys( esafety_elements_spec() ) ) . ')(\s[^>]*)?>/i',
		static function ( array $m ) use ( $lang ) {
			$attributes = $m[2] ?? '';
			if ( preg_match( '/\slang\s*=/i', $attributes ) ) {
				return $m[0];
			}
			return '<' . $m[1] . ' lang="' . $lang . '"' . $attributes . '>';
		},
		$content
	);
}
add_filter( 'the_content', 'esafety_elements_filter_content', 20 );

/**
 * In the footer of a page that used an element: the site's bundle for tags that name none
 * (<meta name="esafety-bundle">) and the script.
 */
function esafety_elements_print_script(): void {
	if ( ! esafety_elements_mark_used( false ) ) {
		return;
	}
	printf( '<meta name="esafety-bundle" content="%s">' . "\n", esc_url( esafety_elements_bundle_url() ) );
	wp_print_script_tag(
		array(
			'type' => 'module',
			'src'  => add_query_arg( 'ver', ESAFETY_ELEMENTS_VERSION, esafety_elements_script_url() ),
			'id'   => 'esafety-elements-js',
		)
	);
}
add_action( 'wp_footer', 'esafety_elements_print_script', 5 );
