<?php
add_action(
	'widgets_init',
	function () {
		register_sidebar( array( 'id' => 'sidebar', 'name' => 'Sidebar' ) );
	}
);
