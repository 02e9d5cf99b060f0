<?php
if (!defined('B_PROLOG_INCLUDED') || B_PROLOG_INCLUDED !== true) {
    die();
}
/**
 * letopis on a Bitrix page: the calendar beside the feed of the picked day
 * (the whole feed when none is picked), read from /api/news.php. The day is in
 * the page URL (?date=2017-10-26), so links, Back and reloads keep it; titles
 * link to the news' own DETAIL_PAGE_URL (the site's news.detail pages).
 *
 * Put it in the page (or the site template) where the news go:
 *   <?php include $_SERVER['DOCUMENT_ROOT'] . '/local/letopis/snippet.php'; ?>
 * or paste the HTML below, with your zone written into time-zone.
 *
 * time-zone is the server's: api/news.php turns Bitrix's per-visitor zones
 * off, so ACTIVE_FROM is server time.
 */
$letopisTimeZone = htmlspecialchars(date_default_timezone_get(), ENT_QUOTES);
?>
<script type="module" src="/local/letopis/letopis.js"></script>
<letopis-source id="news" preset="bitrix" time-zone="<?= $letopisTimeZone ?>"
  endpoint="/api/news.php?from={from}&amp;to={to}&amp;PAGEN_1={page}&amp;SIZEN_1={pageSize}"
  article-endpoint="/api/news.php?ID={id}"></letopis-source>
<letopis-calendar source="news" day-href="?date={date}" date-param="date"></letopis-calendar>
<letopis-news-list source="news" date-param="date" heading="Лента новостей"></letopis-news-list>
