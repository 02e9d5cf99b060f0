<?php
// Installs the test WordPress and seeds it: php seed.php HOST:PORT ZIP POSTS_JSON (output to a file: see WORDPRESS.md).
[ , $host, $zip, $seed ] = $argv;
$_SERVER['HTTP_HOST'] = $host;
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$fail = function ( string $what ) {
	fwrite( STDERR, "seed: $what\n" );
	exit( 1 );
};
$data = json_decode( file_get_contents( $seed ), true );
wp_install( 'Летопись: тест', 'admin', 'admin@example.invalid', true, '', 'admin-password' );
update_option( 'timezone_string', $data['timeZone'] );
update_option( 'gmt_offset', '' );
update_option( 'permalink_structure', '/%postname%/' );
update_option( 'template', 'letopis-test' );
update_option( 'stylesheet', 'letopis-test' );
flush_rewrite_rules();

// The plugin from the built zip, as WordPress's uploader unpacks it (ZipArchive).
$archive = new ZipArchive();
if ( true !== $archive->open( $zip ) || ! $archive->extractTo( WP_CONTENT_DIR . '/plugins' ) ) {
	$fail( "cannot unpack $zip" );
}
$archive->close();
$activated = activate_plugin( 'letopis/letopis.php' );
if ( is_wp_error( $activated ) ) {
	$fail( 'activate_plugin: ' . $activated->get_error_message() );
}

$terms = array();
foreach ( $data['categories'] as $c ) {
	$terms[ $c['slug'] ] = wp_insert_term( $c['name'], 'category', array( 'slug' => $c['slug'] ) )['term_id'];
}
$ids = array();
foreach ( $data['posts'] as $p ) {
	$id = wp_insert_post(
		array(
			'post_title'    => $p['title'],
			'post_content'  => $p['content'],
			'post_excerpt'  => $p['excerpt'] ?? '',
			'post_date'     => $p['date'],
			'post_status'   => $p['status'] ?? 'publish',
			'post_category' => array( $terms[ $p['category'] ] ),
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		$fail( $id->get_error_message() );
	}
	$ids[ $p['title'] ] = $id;
}
// "Hello world!" of wp_install is no seeded post.
wp_delete_post( 1, true );

$page = function ( string $slug, string $title, string $content ) use ( $fail ) {
	$id = wp_insert_post(
		array( 'post_type' => 'page', 'post_status' => 'publish', 'post_name' => $slug, 'post_title' => $title, 'post_content' => $content ),
		true
	);
	return is_wp_error( $id ) ? $fail( $id->get_error_message() ) : $id;
};
$page( 'shortcode', 'Архив (шорткод)', '[letopis heading="ignored on the archive" route="query"]' );
$page( 'block', 'Архив (блок)', '<!-- wp:letopis/news {"view":"archive"} /-->' );
$page( 'widget', 'Календарь (виджет)', '<p>Календарь в боковой колонке.</p>' );

// The classic widget in the theme's sidebar, its days linking to the shortcode page.
update_option( 'widget_letopis_calendar', array( 2 => array( 'title' => 'Календарь новостей', 'day_href' => '/shortcode/?date={date}', 'date_param' => '', 'section' => '' ), '_multiwidget' => 1 ) );
update_option( 'sidebars_widgets', array( 'wp_inactive_widgets' => array(), 'sidebar' => array( 'letopis_calendar-2' ), 'array_version' => 3 ) );

echo json_encode( array( 'posts' => $ids, 'categories' => $terms ) ), "\n";
