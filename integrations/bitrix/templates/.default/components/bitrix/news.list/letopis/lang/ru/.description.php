<?php
$MESS['LETOPIS_NEWS_LIST_NAME'] = 'letopis: JSON для виджетов';
$MESS['LETOPIS_NEWS_LIST_DESCRIPTION'] = 'Новости страницы в JSON, который читает preset="bitrix" виджетов letopis (календарь, лента, статья). Для страницы без шаблона сайта, как /api/news.php.';
