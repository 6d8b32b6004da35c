<?php
/**
 * The five elements and their public attributes (elements.json, shared with embed.html), and
 * how one is written into a page: only allow-listed attributes with allowed values, escaped,
 * plus the site's bundle address, endpoint and language.
 */

defined( 'ABSPATH' ) || exit;

/** tag => { block, title, description, form?, attributes: { name => rule } } */
function esafety_elements_spec(): array {
	static $spec = null;
	if ( null === $spec ) {
		$json = file_get_contents( ESAFETY_ELEMENTS_DIR . '/elements.json' );
		$spec = is_string( $json ) ? json_decode( $json, true ) : null;
		$spec = is_array( $spec ) ? array_filter( $spec, 'is_array' ) : array();
	}
	return $spec;
}

/** The value if it keeps to the attribute's rule, else null. */
function esafety_elements_clean_value( array $rule, $value ): ?string {
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return null;
	}
	switch ( $rule['type'] ?? '' ) {
		case 'enum':
			return in_array( $value, $rule['values'], true ) ? $value : null;
		case 'integer':
			if ( ! preg_match( '/^\d+$/', $value ) ) {
				return null;
			}
			$n = (int) $value;
			return ( $n >= ( $rule['min'] ?? 0 ) && $n <= ( $rule['max'] ?? PHP_INT_MAX ) ) ? (string) $n : null;
		case 'id':
			return preg_match( '/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/', $value ) ? $value : null;
	}
	return null;
}

/** Only the element's public attributes, with allowed values (anything else is dropped). */
function esafety_elements_clean_attributes( string $tag, array $given ): array {
	$rules = esafety_elements_spec()[ $tag ]['attributes'] ?? array();
	$clean = array();
	foreach ( $rules as $name => $rule ) {
		$value = esafety_elements_clean_value( $rule, $given[ $name ] ?? null );
		if ( null !== $value ) {
			$clean[ $name ] = $value;
		}
	}
	return $clean;
}

/** The address the elements fetch the site's bundle from (this site's REST route). */
function esafety_elements_bundle_url(): string {
	return rest_url( 'esafety-elements/v1/bundle' );
}

/** The HTML of one element, for a shortcode or a block; the page then loads the script. */
function esafety_elements_render( string $tag, array $given ): string {
	$spec = esafety_elements_spec();
	if ( ! isset( $spec[ $tag ] ) ) {
		return '';
	}
	$attributes         = esafety_elements_clean_attributes( $tag, $given );
	esafety_elements_mark_used( $tag, esafety_elements_variant( $tag, $attributes ) );
	$attributes['src']  = esafety_elements_bundle_url();
	$attributes['lang'] = esafety_elements_lang();
	$endpoint           = esafety_elements_settings()['endpoint'];
	if ( ! empty( $spec[ $tag ]['form'] ) && '' !== $endpoint ) {
		$attributes['endpoint'] = $endpoint;
	}
	$html = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		$value = in_array( $name, array( 'src', 'endpoint' ), true ) ? esc_url( $value ) : esc_attr( $value );
		$html .= ' ' . $name . '="' . $value . '"';
	}
	return $html . '></' . $tag . '>';
}

/** A regular expression that finds an opening tag of any of the elements: its name, then its attributes. */
function esafety_elements_tag_pattern(): string {
	return '/<(' . implode( '|', array_map( 'preg_quote', array_keys( esafety_elements_spec() ) ) ) . ')(?=[\s>\/])([^>]*)/i';
}
