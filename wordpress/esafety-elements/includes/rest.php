<?php
/**
 * GET /wp-json/esafety-elements/v1/bundle: the site's policy bundle as JSON, for the elements on
 * its pages (the Media Library refuses .json files). The endpoint from the settings, when set,
 * is the bundle's submit.endpoint. With no bundle saved it is an empty bundle, so the elements
 * use their built-in text.
 */

defined( 'ABSPATH' ) || exit;

/** The bundle as served: the stored one, with the settings' endpoint. */
function esafety_elements_served_bundle(): object {
	$bundle = json_decode( esafety_elements_bundle_text() );
	if ( ! is_object( $bundle ) ) {
		$bundle = new stdClass();
	}
	$endpoint = esafety_elements_settings()['endpoint'];
	if ( '' !== $endpoint ) {
		if ( ! isset( $bundle->submit ) || ! is_object( $bundle->submit ) ) {
			$bundle->submit = new stdClass();
		}
		$bundle->submit->endpoint = $endpoint;
	}
	return $bundle;
}

function esafety_elements_register_rest(): void {
	register_rest_route(
		'esafety-elements/v1',
		'/bundle',
		array(
			'methods'             => 'GET',
			'permission_callback' => '__return_true',
			'callback'            => static function () {
				$response = new WP_REST_Response( esafety_elements_served_bundle() );
				$response->header( 'Cache-Control', 'public, max-age=60' );
				return $response;
			},
		)
	);
}
add_action( 'rest_api_init', 'esafety_elements_register_rest' );
