<?php
// php -S router: /wp-content/… from the test's own content dir (LETOPIS_WP_CONTENT), real files
// of /usr/share/wordpress as they are, everything else (pretty URLs, /wp-json/…) to index.php.
$path = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( str_starts_with( $path, '/wp-content/' ) ) {
	$file = realpath( getenv( 'LETOPIS_WP_CONTENT' ) . substr( $path, strlen( '/wp-content' ) ) );
	if ( ! $file || ! str_starts_with( $file, getenv( 'LETOPIS_WP_CONTENT' ) ) || ! is_file( $file ) ) {
		http_response_code( 404 );
		return true;
	}
	$types = array( 'js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'map' => 'application/json' );
	header( 'Content-Type: ' . ( $types[ pathinfo( $file, PATHINFO_EXTENSION ) ] ?? 'application/octet-stream' ) );
	readfile( $file );
	return true;
}
if ( '/' !== $path && is_file( $_SERVER['DOCUMENT_ROOT'] . $path ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
