<?php
/**
 * A block per element (esafety/policy, esafety/aup-form, esafety/quiz, esafety/report-concern,
 * esafety/parent-guidance): dynamic blocks whose settings are the element's public attributes,
 * rendered on the server by the same code as the shortcodes. The editor script
 * (assets/blocks.js) is plain JavaScript on WordPress's globals: no build step.
 */

defined( 'ABSPATH' ) || exit;

/** heading-level => headingLevel (block attribute names are camelCase). */
function esafety_elements_block_attribute( string $name ): string {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
}

/** The block attributes of one element, from its rules. */
function esafety_elements_block_attributes( array $rules ): array {
	$attributes = array();
	foreach ( $rules as $name => $rule ) {
		$type = 'integer' === $rule['type'] ? 'integer' : 'string';
		$attributes[ esafety_elements_block_attribute( $name ) ] = array( 'type' => $type );
	}
	return $attributes;
}

function esafety_elements_register_blocks(): void {
	$spec = esafety_elements_spec();
	wp_register_script(
		'esafety-elements-blocks',
		plugins_url( 'assets/blocks.js', ESAFETY_ELEMENTS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
		ESAFETY_ELEMENTS_VERSION,
		true
	);
	wp_add_inline_script( 'esafety-elements-blocks', 'window.esafetyElementsSpec = ' . wp_json_encode( $spec ) . ';', 'before' );

	foreach ( $spec as $tag => $element ) {
		$rules = $element['attributes'] ?? array();
		register_block_type(
			'esafety/' . $element['block'],
			array(
				'api_version'     => 2,
				'title'           => $element['title'],
				'description'     => $element['description'],
				'category'        => 'widgets',
				'attributes'      => esafety_elements_block_attributes( $rules ),
				'supports'        => array( 'html' => false ),
				'editor_script'   => 'esafety-elements-blocks',
				'render_callback' => static function ( $attributes ) use ( $tag, $rules ) {
					$given = array();
					foreach ( array_keys( $rules ) as $name ) {
						$given[ $name ] = $attributes[ esafety_elements_block_attribute( $name ) ] ?? null;
					}
					return esafety_elements_render( $tag, $given );
				},
			)
		);
	}
}
add_action( 'init', 'esafety_elements_register_blocks' );

/** In the block editor, the blocks' previews are live elements: load the script there too. */
function esafety_elements_editor_script(): void {
	esafety_elements_mark_used( '' );
	add_action( 'admin_footer', 'esafety_elements_print_script' );
}
add_action( 'enqueue_block_editor_assets', 'esafety_elements_editor_script' );
