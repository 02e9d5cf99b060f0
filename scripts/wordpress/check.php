<?php
// PHP-level checks of the plugin inside the seeded WordPress: php check.php HOST:PORT POSTS_JSON
// (output to a file). The days route's counts against posts.json, one query per answer, its 400s,
// the bounds, the shortcode's allow-list and escaping, the widget's markup. Prints "ok …"/"FAIL …".
[ , $host, $seed ] = $argv;
$_SERVER['HTTP_HOST'] = $host;
require '/usr/share/wordpress/wp-load.php';

$failures = 0;
$check    = function ( bool $ok, string $what ) use ( &$failures ) {
	echo ( $ok ? '  ok  ' : '  FAIL ' ) . $what . "\n";
	$failures += $ok ? 0 : 1;
};
$data = json_decode( file_get_contents( $seed ), true );

/** The oracle: published seeded posts per day (post_date is site-local), optionally of one category slug. */
$expected = function ( string $from, string $to, string $slug = '' ) use ( $data ) {
	$counts = array();
	foreach ( $data['posts'] as $p ) {
		$day = substr( $p['date'], 0, 10 );
		if ( ( $p['status'] ?? 'publish' ) === 'publish' && $day >= $from && $day <= $to && ( '' === $slug || $p['category'] === $slug ) ) {
			$counts[ $day ] = ( $counts[ $day ] ?? 0 ) + 1;
		}
	}
	ksort( $counts );
	return $counts;
};
$get = function ( string $route, array $params = array() ) {
	$request = new WP_REST_Request( 'GET', $route );
	$request->set_query_params( $params );
	return rest_do_request( $request );
};

global $wpdb;
$term = get_term_by( 'slug', 'economy', 'category' );
foreach ( array(
	array( '2017-09-25', '2017-11-05', '' ),
	array( '2017-10-30', '2017-12-10', '' ),
	array( '2017-10-30', '2017-12-10', 'economy' ),
	array( '2017-10-30', '2017-12-10', (string) $term->term_id ),
	array( '2017-10-30', '2017-12-10', 'Экономика' ),
	array( '2017-10-01', '2017-10-31', '' ),
	array( '2018-01-01', '2018-01-31', '' ),
) as [ $from, $to, $section ] ) {
	$params = array( 'from' => $from, 'to' => $to ) + ( '' === $section ? array() : array( 'section' => $section ) );
	// Once before counting: a query with non-ASCII text makes WordPress check the table's charset, once.
	$get( '/letopis/v1/days', $params );
	$before = $wpdb->num_queries;
	$res    = $get( '/letopis/v1/days', $params );
	$queries = $wpdb->num_queries - $before;
	$got    = (array) $res->get_data();
	$want   = $expected( $from, $to, '' === $section ? '' : 'economy' );
	$check( 200 === $res->get_status() && $got === $want, "days $from..$to" . ( $section ? " section=$section" : '' ) . ': ' . wp_json_encode( $res->get_data() ) );
	$check( 1 === $queries, "  in one query ($queries)" );
}
$empty = wp_json_encode( $get( '/letopis/v1/days', array( 'from' => '2018-01-01', 'to' => '2018-01-31' ) )->get_data() );
$check( '{}' === $empty, "a month without posts is {} ($empty)" );
$check( 'public, max-age=300' === ( $get( '/letopis/v1/days', array( 'from' => '2017-10-01', 'to' => '2017-10-31' ) )->get_headers()['Cache-Control'] ?? '' ), 'days answers are cacheable' );
foreach ( array(
	array( 'from' => '2017-10-01' ),
	array( 'from' => '2017-02-30', 'to' => '2017-03-01' ),
	array( 'from' => '2017-10-01', 'to' => '01.11.2017' ),
	array( 'from' => '2017-11-01', 'to' => '2017-10-01' ),
	array( 'from' => '2016-01-01', 'to' => '2017-01-02' ),
) as $bad ) {
	$check( 400 === $get( '/letopis/v1/days', $bad )->get_status(), '400 for ' . wp_json_encode( $bad ) );
}
$check( 200 === $get( '/letopis/v1/days', array( 'from' => '2016-01-01', 'to' => '2017-01-01' ) )->get_status(), '366 days are allowed' );
$bounds = $get( '/letopis/v1/bounds' )->get_data();
$check( array( 'first' => '2017-09-30', 'last' => '2017-12-01' ) === $bounds, 'bounds: ' . wp_json_encode( $bounds ) );

// The shortcode: the view's attributes only, escaped; booleans as HTML booleans; script URLs left out.
$html = do_shortcode( '[letopis view="calendar" day-href="/news/?date={date}" fit-weeks="1" skip-empty-months="0" onclick="alert(1)" heading="x" section="a&quot;><b>"]' );
$check( str_contains( $html, '<letopis-calendar source="letopis-news" day-href="/news/?date={date}" fit-weeks section="a&quot;&gt;&lt;b&gt;"></letopis-calendar>' ), 'shortcode calendar: ' . $html );
$html = do_shortcode( '[letopis view="list" heading="Лента" item-href="javascript:alert(1)" group-by-day="true"]' );
$check( str_contains( $html, '<letopis-news-list source="letopis-news" heading="Лента" group-by-day></letopis-news-list>' ), 'shortcode list: ' . $html );
$html = do_shortcode( '[letopis view="nonsense"]' );
$check( str_contains( $html, '<letopis-archive source="letopis-news"></letopis-archive>' ), 'an unknown view is the archive: ' . $html );
$html = do_blocks( '<!-- wp:letopis/news {"view":"article","idParam":"news","backHref":"/archive/"} /-->' );
$check( str_contains( $html, '<letopis-article source="letopis-news" id-param="news" back-href="/archive/"></letopis-article>' ), 'block article: ' . $html );

// The widget.
ob_start();
the_widget( 'Letopis_Calendar_Widget', array( 'title' => 'Календарь', 'day_href' => '/a/?date={date}' ) );
$html = ob_get_clean();
$check( str_contains( $html, 'Календарь' ) && str_contains( $html, '<letopis-calendar source="letopis-news" day-href="/a/?date={date}"></letopis-calendar>' ), 'widget: ' . trim( $html ) );

echo $failures ? "FAILED $failures\n" : "all ok\n";
exit( $failures ? 1 : 0 );
