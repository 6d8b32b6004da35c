<?php
/**
 * The five tags survive WordPress's HTML filter (kses), which runs when a user without the
 * unfiltered_html capability saves: Authors, Editors on a multisite, Contributors, and every
 * site admin on a multisite. Without this, one later save by such a user strips every element.
 *
 * Allowed: each element's public attributes plus lang, id, class, dir and title. Not allowed:
 * `src`, `endpoint` and `format`: the bundle and where forms go come only from
 * Settings → E-safety elements, so no post can send a pupil's report somewhere else.
 */

defined( 'ABSPATH' ) || exit;

function esafety_elements_kses( $allowed, $context ) {
	if ( 'post' !== $context || ! is_array( $allowed ) ) {
		return $allowed;
	}
	foreach ( esafety_elements_spec() as $tag => $element ) {
		$attributes = array( 'lang' => true, 'id' => true, 'class' => true, 'dir' => true, 'title' => true );
		foreach ( array_keys( $element['attributes'] ?? array() ) as $name ) {
			$attributes[ $name ] = true;
		}
		$allowed[ $tag ] = $attributes;
	}
	return $allowed;
}
add_filter( 'wp_kses_allowed_html', 'esafety_elements_kses', 10, 2 );
