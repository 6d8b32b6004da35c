<?php
/**
 * Loading the elements: the script goes into a page only when something on it used an element
 * (a block, a shortcode, or a tag typed into the content), as one <script type="module"> in the
 * footer. WordPress 6.1 has no script-module API, so the tag is printed here.
 */

defined( 'ABSPATH' ) || exit;

/**
 * Note that this page needs the elements: a tag it shows, with its variant (what picks the
 * built-in lists it loads: a quiz's `age`; 'topic' for a guidance that shows one topic; see
 * esafety_elements_variant), or '' where any may be (the block editor). With no argument, just
 * ask. The page loads the script if anything was noted, and the files of the tags noted beside
 * it (esafety_elements_print_preloads).
 *
 * @return array<string, array<string, true>> What was noted so far, by tag: the variants it was
 *                                            shown in ('' for none). Empty: the page uses no element.
 */
function esafety_elements_used( ?string $tag = null, string $variant = '' ): array {
	static $used = array();
	if ( null !== $tag ) {
		$used[ strtolower( $tag ) ][ strtolower( $variant ) ] = true;
	}
	return $used;
}

/**
 * What picks the built-in lists an element loads, from its attributes: a quiz's `age` (its
 * questions); an agreement's `audience`, else its `age` (young pupils' symbols and "Read
 * aloud"); 'topic' for a guidance with a `topic` attribute (the topics with their advice, not
 * the index's cards); else ''.
 *
 * @param array<string, string> $attributes The element's attributes, by lower-case name.
 */
function esafety_elements_variant( string $tag, array $attributes ): string {
	$tag = strtolower( $tag );
	if ( 'parent-guidance' === $tag ) {
		return '' !== trim( (string) ( $attributes['topic'] ?? '' ) ) ? 'topic' : '';
	}
	$audience = 'aup-form' === $tag ? (string) ( $attributes['audience'] ?? '' ) : '';
	return '' !== $audience ? $audience : (string) ( $attributes['age'] ?? '' );
}

/**
 * Note a tag this page shows (see esafety_elements_used), or just ask.
 *
 * @return string[] The tags noted so far (empty: the page uses no element).
 */
function esafety_elements_mark_used( ?string $tag = null, string $variant = '' ): array {
	return array_map( 'strval', array_keys( esafety_elements_used( $tag, $variant ) ) );
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
	// Each tag with its variant (the quiz's age picks the questions to fetch; the guidance's topic, its advice).
	preg_match_all( esafety_elements_tag_pattern(), $content, $found, PREG_SET_ORDER );
	foreach ( $found as $tag ) {
		$attributes = array();
		foreach ( array( 'age', 'topic' ) as $name ) {
			if ( preg_match( '/\s' . $name . '\s*=\s*["\']?([\w-]*)/i', $tag[2], $value ) ) {
				$attributes[ $name ] = $value[1];
			}
		}
		esafety_elements_mark_used( $tag[1], esafety_elements_variant( $tag[1], $attributes ) );
	}
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
 * Each element's files, by tag, as the build lists them in dist/preload.json (paths relative to
 * dist/): `files`, its chunk and the chunks it imports; `en` and `cy`, what it loads for a page
 * in English or in Welsh (the Welsh interface, its built-in lists); `enByAge` and `cyByAge`, what
 * it loads in each for each value of its `age` attribute (the quiz: its age's questions);
 * `enTopic` and `cyTopic`, what it loads in place of `en` or `cy` when it shows one topic (the
 * guidance: the topics with their advice). Empty if the file is missing or unreadable.
 *
 * @return array<string, array<string, mixed>>
 */
function esafety_elements_preload_map(): array {
	static $map = null;
	if ( null === $map ) {
		$file = plugin_dir_path( ESAFETY_ELEMENTS_FILE ) . 'dist/preload.json';
		$json = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
		$map  = is_array( $json ) ? $json : array();
	}
	return $map;
}

/**
 * A <link rel="modulepreload"> for each file of the elements this page shows, in the site's
 * element language: the browser fetches them while it fetches the script, instead of one or two
 * round trips after it has run. Their addresses are the ones the script imports (no ?ver: the
 * names carry a hash of the content), so nothing is fetched twice.
 */
function esafety_elements_print_preloads(): void {
	$map      = esafety_elements_preload_map();
	$language = str_starts_with( strtolower( esafety_elements_lang() ), 'cy' ) ? 'cy' : 'en';
	$files    = array();
	foreach ( esafety_elements_used() as $tag => $variants ) {
		$element = is_array( $map[ $tag ] ?? null ) ? $map[ $tag ] : array();
		$wanted  = (array) ( $element['files'] ?? array() );
		foreach ( array_keys( $variants ) as $variant ) {
			$lists  = 'topic' === (string) $variant && isset( $element[ $language . 'Topic' ] ) ? $element[ $language . 'Topic' ] : ( $element[ $language ] ?? array() );
			$wanted = array_merge( $wanted, (array) $lists, (array) ( $element[ $language . 'ByAge' ][ (string) $variant ] ?? array() ) );
		}
		foreach ( $wanted as $file ) {
			if ( is_string( $file ) && preg_match( '#^chunks/[\w.-]+\.js$#', $file ) ) {
				$files[ $file ] = true;
			}
		}
	}
	foreach ( array_keys( $files ) as $file ) {
		printf( '<link rel="modulepreload" href="%s">' . "\n", esc_url( plugins_url( 'dist/' . $file, ESAFETY_ELEMENTS_FILE ) ) );
	}
}

/**
 * In the footer of a page that used an element: the site's bundle for tags that name none
 * (<meta name="esafety-bundle">), the elements' files to fetch at once, and the script.
 */
function esafety_elements_print_script(): void {
	if ( ! esafety_elements_mark_used() ) {
		return;
	}
	printf( '<meta name="esafety-bundle" content="%s">' . "\n", esc_url( esafety_elements_bundle_url() ) );
	esafety_elements_print_preloads();
	wp_print_script_tag(
		array(
			'type' => 'module',
			'src'  => add_query_arg( 'ver', ESAFETY_ELEMENTS_VERSION, esafety_elements_script_url() ),
			'id'   => 'esafety-elements-js',
		)
	);
}
add_action( 'wp_footer', 'esafety_elements_print_script', 5 );
