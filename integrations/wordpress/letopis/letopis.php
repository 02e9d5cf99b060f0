<?php
/**
 * Plugin Name:       Letopis news archive
 * Plugin URI:        https://github.com/letopis/letopis
 * Description:       The letopis news archive on your site: a [letopis] shortcode, a block and a sidebar calendar widget over the site's own posts, with day counts served by one query a month.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * License:           MIT
 * Text Domain:       letopis
 *
 * @package letopis
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const LETOPIS_VERSION = '0.1.0';

/** The attributes each view passes to its element (the README's element tables), and which of them are boolean. */
const LETOPIS_VIEWS = array(
	'archive'  => array(
		'tag'   => 'letopis-archive',
		'attrs' => array( 'route', 'param-prefix' ),
	),
	'calendar' => array(
		'tag'   => 'letopis-calendar',
		'attrs' => array( 'month', 'value', 'min', 'max', 'first-day-of-week', 'fit-weeks', 'day-href', 'date-param', 'controls', 'section', 'skip-empty-months' ),
	),
	'list'     => array(
		'tag'   => 'letopis-news-list',
		'attrs' => array( 'date', 'from', 'to', 'date-param', 'section', 'page-size', 'item-href', 'paging', 'display', 'relative-days', 'group-by-day', 'heading', 'all-href', 'archive-href' ),
	),
	'article'  => array(
		'tag'   => 'letopis-article',
		'attrs' => array( 'article-id', 'id-param', 'heading-level', 'back-href', 'display' ),
	),
);
/** Attributes every view takes. */
const LETOPIS_COMMON_ATTRS = array( 'id', 'lang', 'class', 'debug' );
const LETOPIS_BOOLEAN_ATTRS = array( 'fit-weeks', 'skip-empty-months', 'relative-days', 'group-by-day', 'debug' );
const LETOPIS_URL_ATTRS = array( 'day-href', 'item-href', 'all-href', 'archive-href', 'back-href' );
/** The id of the page's one <letopis-source>. */
const LETOPIS_SOURCE_ID = 'letopis-news';

// ---- the script -------------------------------------------------------------

add_action(
	'wp_enqueue_scripts',
	function () {
		// No `?ver=`: the chunks import `./letopis.js` by its plain URL, and another URL would be a second copy.
		wp_register_script( 'letopis', plugins_url( 'letopis.js', __FILE__ ), array(), null, true );
	}
);

/** letopis.js is an ES module (its chunks are imported beside it). */
add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		if ( 'letopis' !== $handle ) {
			return $tag;
		}
		$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
		return str_replace( '<script ', '<script type="module" ', $tag );
	},
	10,
	2
);

/**
 * The site's time zone as letopis reads it: the zone name, or a whole-hour
 * offset as its Etc/GMT zone (`+03:00` → `Etc/GMT-3`).
 */
function letopis_time_zone(): string {
	$zone = wp_timezone_string();
	if ( preg_match( '/^([+-])(\d{2}):00$/', $zone, $m ) ) {
		$hours = (int) $m[2];
		return 0 === $hours ? 'UTC' : 'Etc/GMT' . ( '+' === $m[1] ? '-' : '+' ) . $hours;
	}
	return $zone;
}

/** The page's <letopis-source> (printed once) over the site's own REST route and time zone. */
function letopis_source(): string {
	static $printed = false;
	if ( $printed ) {
		return '';
	}
	$printed = true;
	return sprintf(
		'<letopis-source id="%s" endpoint="%s" preset="wordpress" time-zone="%s"></letopis-source>',
		esc_attr( LETOPIS_SOURCE_ID ),
		esc_url( rest_url( 'wp/v2/posts' ) ),
		esc_attr( letopis_time_zone() )
	);
}

/**
 * One view as HTML: the source (once per page) and the element with the
 * allowed attributes of its view, escaped. Unknown attributes are left out.
 *
 * @param array<string, mixed> $atts Attribute names as in HTML (`day-href`) or in camel case (`dayHref`), plus `view`.
 */
function letopis_render( array $atts ): string {
	$view = isset( $atts['view'] ) && isset( LETOPIS_VIEWS[ $atts['view'] ] ) ? $atts['view'] : 'archive';
	$allowed = array_merge( LETOPIS_VIEWS[ $view ]['attrs'], LETOPIS_COMMON_ATTRS );
	$html = '';
	foreach ( $atts as $name => $value ) {
		// Block attributes are camel-cased, shortcode ones as in HTML (WordPress lower-cases them; `_` reads as `-`).
		$name = strtolower( preg_replace( '/[A-Z]/', '-$0', (string) $name ) );
		$name = str_replace( '_', '-', $name );
		if ( ! in_array( $name, $allowed, true ) || null === $value || '' === $value || false === $value ) {
			continue;
		}
		if ( in_array( $name, LETOPIS_BOOLEAN_ATTRS, true ) ) {
			if ( true === $value || ! in_array( strtolower( (string) $value ), array( '0', 'false', 'no', 'off' ), true ) ) {
				$html .= ' ' . $name;
			}
			continue;
		}
		$value = (string) $value;
		// URL templates keep their {date} and {id} (esc_url would encode the braces): only script URLs are left out.
		if ( in_array( $name, LETOPIS_URL_ATTRS, true ) && preg_match( '/^\s*(javascript|data|vbscript):/i', $value ) ) {
			continue;
		}
		$html .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	wp_enqueue_script( 'letopis' );
	$tag = LETOPIS_VIEWS[ $view ]['tag'];
	return letopis_source() . sprintf( '<%1$s source="%2$s"%3$s></%1$s>', $tag, LETOPIS_SOURCE_ID, $html );
}

// ---- shortcode, block, widget -------------------------------------------------

/** [letopis view="calendar" day-href="/archive/?date={date}"] */
add_shortcode(
	'letopis',
	function ( $atts ) {
		return letopis_render( is_array( $atts ) ? $atts : array() );
	}
);

add_action(
	'init',
	function () {
		register_block_type(
			__DIR__ . '/block',
			array(
				'render_callback' => function ( $attributes ) {
					return letopis_render( $attributes );
				},
			)
		);
	}
);

/** The calendar in a classic sidebar; days with news link to the archive page. */
class Letopis_Calendar_Widget extends WP_Widget {
	public function __construct() {
		parent::__construct(
			'letopis_calendar',
			__( 'Letopis: news calendar', 'letopis' ),
			array( 'description' => __( 'A month calendar of the news; days with news link to the archive.', 'letopis' ) )
		);
	}

	/**
	 * @param array<string, mixed> $args     Sidebar markup.
	 * @param array<string, mixed> $instance Settings.
	 */
	public function widget( $args, $instance ) {
		$title = apply_filters( 'widget_title', $instance['title'] ?? '', $instance, $this->id_base );
		echo $args['before_widget']; // phpcs:ignore WordPress.Security.EscapeOutput -- the theme's markup
		if ( $title ) {
			echo $args['before_title'] . esc_html( $title ) . $args['after_title']; // phpcs:ignore WordPress.Security.EscapeOutput
		}
		echo letopis_render( // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in letopis_render
			array(
				'view'       => 'calendar',
				'day-href'   => $instance['day_href'] ?? '',
				'date-param' => $instance['date_param'] ?? '',
				'section'    => $instance['section'] ?? '',
			)
		);
		echo $args['after_widget']; // phpcs:ignore WordPress.Security.EscapeOutput
	}

	/** @param array<string, mixed> $instance Settings. */
	public function form( $instance ) {
		$fields = array(
			'title'      => __( 'Title', 'letopis' ),
			'day_href'   => __( 'Day link ({date} is the day), e.g. /news/?date={date}', 'letopis' ),
			'date_param' => __( 'URL parameter of the selected day, e.g. date', 'letopis' ),
			'section'    => __( 'Category (id, slug or name)', 'letopis' ),
		);
		foreach ( $fields as $key => $label ) {
			printf(
				'<p><label for="%1$s">%2$s</label><input class="widefat" id="%1$s" name="%3$s" type="text" value="%4$s"></p>',
				esc_attr( $this->get_field_id( $key ) ),
				esc_html( $label ),
				esc_attr( $this->get_field_name( $key ) ),
				esc_attr( $instance[ $key ] ?? '' )
			);
		}
		return '';
	}

	/**
	 * @param array<string, mixed> $new_instance New settings.
	 * @param array<string, mixed> $old_instance Old settings.
	 */
	public function update( $new_instance, $old_instance ) {
		$out = array();
		foreach ( array( 'title', 'day_href', 'date_param', 'section' ) as $key ) {
			$out[ $key ] = sanitize_text_field( $new_instance[ $key ] ?? '' );
		}
		return $out;
	}
}

add_action(
	'widgets_init',
	function () {
		register_widget( 'Letopis_Calendar_Widget' );
	}
);

// ---- REST: day counts and bounds --------------------------------------------

/** A day as `YYYY-MM-DD` that exists in the calendar. */
function letopis_is_day( $value ): bool {
	return is_string( $value ) && preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m ) && checkdate( (int) $m[2], (int) $m[3], (int) $m[1] );
}

/** Published posts, optionally of one category (its id, slug or name), as SQL pieces. */
function letopis_posts_sql( string $section = '' ): array {
	global $wpdb;
	$join  = '';
	$where = $wpdb->prepare( 'p.post_type = %s AND p.post_status = %s', 'post', 'publish' );
	if ( '' !== $section ) {
		$join   = " INNER JOIN {$wpdb->term_relationships} tr ON tr.object_id = p.ID"
			. " INNER JOIN {$wpdb->term_taxonomy} tt ON tt.term_taxonomy_id = tr.term_taxonomy_id AND tt.taxonomy = 'category'"
			. " INNER JOIN {$wpdb->terms} t ON t.term_id = tt.term_id";
		$where .= $wpdb->prepare(
			' AND (t.term_id = %d OR t.slug = %s OR t.name = %s)',
			ctype_digit( $section ) ? (int) $section : 0,
			sanitize_title( $section ),
			$section
		);
	}
	return array( $join, $where );
}

/**
 * GET letopis/v1/days?from=YYYY-MM-DD&to=YYYY-MM-DD[&section=]: published
 * posts per day of the site's zone (post_date is site-local), one query.
 */
function letopis_rest_days( WP_REST_Request $request ) {
	global $wpdb;
	$from = $request['from'];
	$to   = $request['to'];
	$days = ( strtotime( $to . ' 00:00:00 UTC' ) - strtotime( $from . ' 00:00:00 UTC' ) ) / DAY_IN_SECONDS;
	if ( $days < 0 || $days > 366 ) {
		return new WP_Error( 'letopis_bad_range', 'from must not be after to, and the range is at most 366 days', array( 'status' => 400 ) );
	}
	[ $join, $where ] = letopis_posts_sql( (string) ( $request['section'] ?? '' ) );
	$until = gmdate( 'Y-m-d', strtotime( $to . ' 00:00:00 UTC' ) + DAY_IN_SECONDS );
	// phpcs:ignore WordPress.DB.PreparedSQL -- $join and $where are prepared above
	$rows   = $wpdb->get_results(
		$wpdb->prepare(
			"SELECT DATE(p.post_date) AS day, COUNT(DISTINCT p.ID) AS n FROM {$wpdb->posts} p{$join}"
			. " WHERE {$where} AND p.post_date >= %s AND p.post_date < %s GROUP BY DATE(p.post_date) ORDER BY day",
			$from . ' 00:00:00',
			$until . ' 00:00:00'
		)
	);
	$counts = array();
	foreach ( $rows as $row ) {
		$counts[ $row->day ] = (int) $row->n;
	}
	$response = new WP_REST_Response( (object) $counts );
	$response->header( 'Cache-Control', 'public, max-age=300' );
	return $response;
}

/** GET letopis/v1/bounds: the days of the oldest and newest published posts (null without posts). */
function letopis_rest_bounds() {
	global $wpdb;
	[ $join, $where ] = letopis_posts_sql();
	// phpcs:ignore WordPress.DB.PreparedSQL -- $where is prepared
	$row      = $wpdb->get_row( "SELECT DATE(MIN(p.post_date)) AS first, DATE(MAX(p.post_date)) AS last FROM {$wpdb->posts} p WHERE {$where}" );
	$response = new WP_REST_Response(
		array(
			'first' => $row->first ?? null,
			'last'  => $row->last ?? null,
		)
	);
	$response->header( 'Cache-Control', 'public, max-age=300' );
	return $response;
}

add_action(
	'rest_api_init',
	function () {
		$day = array(
			'required'          => true,
			'type'              => 'string',
			'validate_callback' => 'letopis_is_day',
		);
		register_rest_route(
			'letopis/v1',
			'/days',
			array(
				'methods'             => 'GET',
				'callback'            => 'letopis_rest_days',
				'permission_callback' => '__return_true',
				'args'                => array(
					'from'    => $day,
					'to'      => $day,
					'section' => array( 'type' => 'string' ),
				),
			)
		);
		register_rest_route(
			'letopis/v1',
			'/bounds',
			array(
				'methods'             => 'GET',
				'callback'            => 'letopis_rest_bounds',
				'permission_callback' => '__return_true',
			)
		);
	}
);
