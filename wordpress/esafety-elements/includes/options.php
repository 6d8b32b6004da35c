<?php
/** What the plugin stores: the bundle (its own option, not autoloaded) and the settings. */

defined( 'ABSPATH' ) || exit;

const ESAFETY_ELEMENTS_BUNDLE   = 'esafety_elements_bundle';
const ESAFETY_ELEMENTS_SETTINGS = 'esafety_elements_settings';

/** Every option the plugin writes (uninstall.php deletes them). */
function esafety_elements_option_names(): array {
	return array( ESAFETY_ELEMENTS_BUNDLE, ESAFETY_ELEMENTS_SETTINGS );
}

/**
 * The settings, with defaults: `endpoint` ('' = the bundle's own), `language` ('auto', 'en-GB',
 * 'cy' or 'bundle') and `bundle_locale` (the bundle's defaultLocale, noted when it was saved).
 */
function esafety_elements_settings(): array {
	$saved = get_option( ESAFETY_ELEMENTS_SETTINGS, array() );
	return array_merge(
		array( 'endpoint' => '', 'language' => 'auto', 'bundle_locale' => '' ),
		is_array( $saved ) ? $saved : array()
	);
}

/** The stored bundle text ('' when none was saved). */
function esafety_elements_bundle_text(): string {
	$text = get_option( ESAFETY_ELEMENTS_BUNDLE, '' );
	return is_string( $text ) ? $text : '';
}

/**
 * The language every element speaks (its `lang`): a Welsh site gets Welsh; an English site gets
 * British English unless the bundle's defaultLocale is another English (so an en-US site does
 * not show American dates); the admin can fix it to one language or to the bundle's default.
 */
function esafety_elements_lang(): string {
	$settings = esafety_elements_settings();
	$bundle   = (string) $settings['bundle_locale'];
	switch ( $settings['language'] ) {
		case 'en-GB':
		case 'cy':
			return $settings['language'];
		case 'bundle':
			return '' !== $bundle ? $bundle : 'en-GB';
	}
	$site = str_replace( '_', '-', determine_locale() );
	if ( 0 === stripos( $site, 'cy' ) ) {
		return 'cy';
	}
	if ( 0 === stripos( $site, 'en' ) ) {
		return 0 === stripos( $bundle, 'en' ) ? $bundle : 'en-GB';
	}
	return $site;
}

/**
 * Whether an endpoint is one the elements accept: https://, plain http:// only on this machine
 * (for testing), or a path on this site. Same rule as the bundle schema's submit.endpoint.
 */
function esafety_elements_endpoint_ok( string $url ): bool {
	if ( str_starts_with( $url, '/' ) && ! str_starts_with( $url, '//' ) ) {
		return true;
	}
	if ( preg_match( '#^https://[^/\s]+#i', $url ) ) {
		return true;
	}
	return (bool) preg_match( '#^http://(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(/|$)#i', $url );
}
