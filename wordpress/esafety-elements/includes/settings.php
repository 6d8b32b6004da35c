<?php
/**
 * Settings → E-safety elements: the bundle (uploaded or pasted), the endpoint and the language.
 *
 * The page loads the library itself and checks the bundle as it is typed or chosen, with the
 * same validator the elements use, showing its messages and a preview (assets/settings.js);
 * Save is refused in the browser while the bundle has errors. On the server the bundle is
 * checked again (valid JSON, an object, not too big) before anything is stored; a refused
 * bundle is shown again in the box with the reason, so nothing typed is lost.
 */

defined( 'ABSPATH' ) || exit;

const ESAFETY_ELEMENTS_MAX_BYTES = 2 * 1024 * 1024;

function esafety_elements_add_settings_page(): void {
	add_options_page(
		__( 'E-safety elements', 'esafety-elements' ),
		__( 'E-safety elements', 'esafety-elements' ),
		'manage_options',
		'esafety-elements',
		'esafety_elements_settings_page'
	);
}
add_action( 'admin_menu', 'esafety_elements_add_settings_page' );

/** Where the result of the last save waits for the page after the redirect (per user). */
function esafety_elements_notice_key(): string {
	return 'esafety_elements_notice_' . get_current_user_id();
}

/**
 * The server's own check of bundle text: valid JSON, an object, at most 2 MB.
 * Returns [ problems (strings), the bundle's defaultLocale or '' ].
 */
function esafety_elements_check_bundle( string $text ): array {
	if ( strlen( $text ) > ESAFETY_ELEMENTS_MAX_BYTES ) {
		return array( array( sprintf( 'The bundle is %s; the largest allowed is 2 MB.', size_format( strlen( $text ) ) ) ), '' );
	}
	try {
		$data = json_decode( $text, false, 512, JSON_THROW_ON_ERROR );
	} catch ( JsonException $e ) {
		$hint = str_starts_with( ltrim( $text ), '<' ) ? ' It looks like an HTML page, not JSON.' : '';
		return array( array( 'The bundle is not valid JSON: ' . $e->getMessage() . '.' . $hint ), '' );
	}
	if ( ! is_object( $data ) ) {
		return array( array( 'The bundle must be a JSON object, starting with {.' ), '' );
	}
	$problems = array();
	foreach ( array( 'school', 'policy', 'concern', 'guidance', 'quiz', 'submit' ) as $key ) {
		if ( isset( $data->$key ) && ! is_object( $data->$key ) ) {
			$problems[] = sprintf( 'In the bundle, "%s" must be an object ({ … }).', $key );
		}
	}
	$locale = isset( $data->defaultLocale ) && is_string( $data->defaultLocale ) ? $data->defaultLocale : '';
	return array( $problems, $locale );
}

/** admin-post.php?action=esafety_elements_save: check, then store or refuse, then go back. */
function esafety_elements_save(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You are not allowed to change these settings.', 'esafety-elements' ), 403 );
	}
	check_admin_referer( 'esafety_elements_save' );

	$text = isset( $_POST['bundle'] ) ? trim( (string) wp_unslash( $_POST['bundle'] ) ) : '';
	$file = $_FILES['bundle_file'] ?? null;
	if ( is_array( $file ) && UPLOAD_ERR_NO_FILE !== ( $file['error'] ?? UPLOAD_ERR_NO_FILE ) ) {
		if ( UPLOAD_ERR_OK !== $file['error'] || ! is_uploaded_file( $file['tmp_name'] ) ) {
			$problems = array( 'The file could not be uploaded (error ' . (int) $file['error'] . '). Try again, or paste the bundle into the box.' );
		} elseif ( filesize( $file['tmp_name'] ) > ESAFETY_ELEMENTS_MAX_BYTES ) {
			$problems = array( 'The file is larger than 2 MB.' );
		} else {
			$text = trim( (string) file_get_contents( $file['tmp_name'] ) );
		}
	}
	$endpoint = isset( $_POST['endpoint'] ) ? trim( sanitize_text_field( wp_unslash( $_POST['endpoint'] ) ) ) : '';
	$language = isset( $_POST['language'] ) ? sanitize_key( wp_unslash( $_POST['language'] ) ) : 'auto';
	$language = 'en-gb' === $language ? 'en-GB' : $language;
	if ( ! in_array( $language, array( 'auto', 'en-GB', 'cy', 'bundle' ), true ) ) {
		$language = 'auto';
	}

	$problems = $problems ?? array();
	$locale   = '';
	if ( ! $problems && '' !== $text ) {
		list( $problems, $locale ) = esafety_elements_check_bundle( $text );
	}
	if ( '' !== $endpoint && ! esafety_elements_endpoint_ok( $endpoint ) ) {
		$problems[] = 'The endpoint must be an https:// address (plain http:// only for localhost) or a path on this site, such as /forms/esafety.';
	}

	if ( $problems ) {
		$notice = array( 'type' => 'error', 'messages' => $problems, 'draft' => array( 'bundle' => $text, 'endpoint' => $endpoint, 'language' => $language ) );
	} else {
		update_option( ESAFETY_ELEMENTS_BUNDLE, $text, false );
		update_option( ESAFETY_ELEMENTS_SETTINGS, array( 'endpoint' => $endpoint, 'language' => $language, 'bundle_locale' => $locale ) );
		$notice = array(
			'type'     => 'success',
			'messages' => array( '' === $text ? 'Saved. No bundle is stored: the elements use their built-in text.' : 'Saved. The elements on this site now use this bundle.' ),
		);
	}
	set_transient( esafety_elements_notice_key(), $notice, 10 * MINUTE_IN_SECONDS );
	wp_safe_redirect( admin_url( 'options-general.php?page=esafety-elements' ) );
	exit;
}
add_action( 'admin_post_esafety_elements_save', 'esafety_elements_save' );

function esafety_elements_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$notice = get_transient( esafety_elements_notice_key() );
	delete_transient( esafety_elements_notice_key() );
	$settings = esafety_elements_settings();
	$draft    = is_array( $notice ) && isset( $notice['draft'] ) ? $notice['draft'] : null;
	$bundle   = $draft ? $draft['bundle'] : esafety_elements_bundle_text();
	$endpoint = $draft ? $draft['endpoint'] : $settings['endpoint'];
	$language = $draft ? $draft['language'] : $settings['language'];
	$languages = array(
		'auto'   => __( 'Follow the site: Welsh for a Welsh site, else British English (unless the bundle names another English)', 'esafety-elements' ),
		'en-GB'  => __( 'English (UK)', 'esafety-elements' ),
		'cy'     => __( 'Welsh (Cymraeg)', 'esafety-elements' ),
		'bundle' => __( 'The bundle’s default language', 'esafety-elements' ),
	);
	?>
	<div class="wrap" id="esafety-elements-settings" data-library="<?php echo esc_url( esafety_elements_script_url() ); ?>">
		<h1><?php esc_html_e( 'E-safety elements', 'esafety-elements' ); ?></h1>
		<?php if ( is_array( $notice ) ) : ?>
			<div class="notice notice-<?php echo 'error' === $notice['type'] ? 'error' : 'success'; ?>" id="esafety-elements-notice">
				<?php if ( 'error' === $notice['type'] ) : ?>
					<p><strong><?php esc_html_e( 'Nothing was saved.', 'esafety-elements' ); ?></strong> <?php esc_html_e( 'What you entered is below, so you can correct it.', 'esafety-elements' ); ?></p>
				<?php endif; ?>
				<?php foreach ( (array) $notice['messages'] as $message ) : ?>
					<p><?php echo esc_html( $message ); ?></p>
				<?php endforeach; ?>
			</div>
		<?php endif; ?>
		<p><?php esc_html_e( 'One policy bundle (JSON) drives every e-safety block and shortcode on this site. Authors and Editors place the elements; only administrators choose the bundle and where forms are sent.', 'esafety-elements' ); ?></p>
		<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" enctype="multipart/form-data" id="esafety-elements-form">
			<input type="hidden" name="action" value="esafety_elements_save">
			<?php wp_nonce_field( 'esafety_elements_save' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="esafety-bundle-file"><?php esc_html_e( 'Upload a bundle', 'esafety-elements' ); ?></label></th>
					<td><input type="file" id="esafety-bundle-file" name="bundle_file" accept=".json,application/json">
						<p class="description"><?php esc_html_e( 'A policy.json file (at most 2 MB). It replaces what is in the box below.', 'esafety-elements' ); ?></p></td>
				</tr>
				<tr>
					<th scope="row"><label for="esafety-bundle"><?php esc_html_e( 'Or paste it', 'esafety-elements' ); ?></label></th>
					<td><textarea id="esafety-bundle" name="bundle" rows="16" class="large-text code" spellcheck="false" aria-describedby="esafety-bundle-check"><?php echo esc_textarea( $bundle ); ?></textarea>
						<p class="description"><?php esc_html_e( 'Leave it empty for the built-in text (agreements, quiz, reporting routes and guidance).', 'esafety-elements' ); ?></p>
						<div id="esafety-bundle-check" role="status" aria-live="polite"></div></td>
				</tr>
				<tr>
					<th scope="row"><label for="esafety-endpoint"><?php esc_html_e( 'Where forms are sent', 'esafety-elements' ); ?></label></th>
					<td><input type="text" inputmode="url" id="esafety-endpoint" name="endpoint" class="regular-text code" value="<?php echo esc_attr( $endpoint ); ?>">
						<p class="description"><?php esc_html_e( 'The endpoint for agreements, quiz results and concern reports (https://…). Empty: the bundle’s submit.endpoint.', 'esafety-elements' ); ?></p></td>
				</tr>
				<tr>
					<th scope="row"><label for="esafety-language"><?php esc_html_e( 'Language', 'esafety-elements' ); ?></label></th>
					<td><select id="esafety-language" name="language">
						<?php foreach ( $languages as $value => $label ) : ?>
							<option value="<?php echo esc_attr( $value ); ?>" <?php selected( $language, $value ); ?>><?php echo esc_html( $label ); ?></option>
						<?php endforeach; ?>
					</select></td>
				</tr>
			</table>
			<?php submit_button( __( 'Save', 'esafety-elements' ), 'primary', 'submit', true, array( 'id' => 'esafety-elements-save' ) ); ?>
		</form>
		<h2><?php esc_html_e( 'Preview', 'esafety-elements' ); ?></h2>
		<div id="esafety-preview-box"><esafety-policy id="esafety-preview" lang="<?php echo esc_attr( esafety_elements_lang() ); ?>"></esafety-policy></div>
	</div>
	<?php
}

/** The settings page's check and preview (a module: it imports the library's validator). */
function esafety_elements_settings_script(): void {
	$screen = get_current_screen();
	if ( ! $screen || 'settings_page_esafety-elements' !== $screen->id ) {
		return;
	}
	wp_print_script_tag(
		array(
			'type' => 'module',
			'src'  => add_query_arg( 'ver', ESAFETY_ELEMENTS_VERSION, plugins_url( 'assets/settings.js', ESAFETY_ELEMENTS_FILE ) ),
		)
	);
}
add_action( 'admin_print_footer_scripts', 'esafety_elements_settings_script' );
