<?php
$MESS['LETOPIS_NEWS_LIST_NAME'] = 'letopis: JSON for the widgets';
$MESS['LETOPIS_NEWS_LIST_DESCRIPTION'] = 'The page of news as the JSON that preset="bitrix" of the letopis widgets (calendar, feed, article) reads. For a page without the site template, such as /api/news.php.';
