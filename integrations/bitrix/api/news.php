<?php
/**
 * letopis: the endpoint of `<letopis-source preset="bitrix">`, /api/news.php.
 *
 *   ?from=YYYY-MM-DD&to=YYYY-MM-DD  inclusive days in site time; empty or absent: no bound
 *   &PAGEN_1=N                      1-based page (default 1)
 *   &SIZEN_1=N                      page size, 1 to 100 (default 20)
 *   ?ID=N                           one news item (the source's article-endpoint)
 *
 * Answers {"result": {"news": [...], "total": N, "pages": P}} through
 * bitrix:news.list with the template "letopis"; a parameter it cannot read
 * answers 400 with {"error": {"parameter": …, "message": …}}.
 */
define('NO_KEEP_STATISTIC', true); // a widget's data request is not a page view
require $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/main/include/prolog_before.php';

// Your news: the info block, and the largest page the widgets may ask for.
$letopisIblockType = 'news';
$letopisIblockId = 1;
$letopisMaxPageSize = 100;

// The status and headers of the answer, on an emptied buffer: whatever the
// prolog printed (a byte-order mark in init.php, a notice) would break the JSON.
$letopisHead = static function (int $status): void {
    global $APPLICATION;
    $APPLICATION->RestartBuffer();
    http_response_code($status);
    header('Content-Type: application/json; charset=utf-8');
    header('X-Content-Type-Options: nosniff');
    // Only if the widgets run on another origin than this page:
    // header('Access-Control-Allow-Origin: https://www.example.ru');
    // header('Vary: Origin');
};
$letopisFail = static function (string $parameter, string $message) use ($letopisHead): void {
    $letopisHead(400);
    $error = ['error' => ['parameter' => $parameter, 'message' => $message]];
    echo json_encode($error, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_HEX_TAG);
    die();
};
// A query parameter as a string, '' when absent; a list (`from[]=`) is refused.
$letopisQuery = static function (string $name) use ($letopisFail): string {
    $value = $_GET[$name] ?? '';
    if (!is_string($value)) {
        $letopisFail($name, 'expected one value');
    }
    return $value;
};
// A day as YYYY-MM-DD, or null when empty.
$letopisDay = static function (string $name) use ($letopisQuery, $letopisFail): ?string {
    $value = $letopisQuery($name);
    if ($value === '') {
        return null;
    }
    if (!preg_match('/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m) || !checkdate((int) $m[2], (int) $m[3], (int) $m[1])) {
        $letopisFail($name, 'expected a day as YYYY-MM-DD');
    }
    return $value;
};
// A whole number from 1 (to $max), or $default when empty.
$letopisNumber = static function (string $name, int $default, int $max) use ($letopisQuery, $letopisFail): int {
    $value = $letopisQuery($name);
    if ($value === '') {
        return $default;
    }
    if (!preg_match('/^\d{1,9}$/', $value) || (int) $value < 1 || (int) $value > $max) {
        $letopisFail($name, $max < 999999999 ? "expected a whole number from 1 to $max" : 'expected a whole number from 1');
    }
    return (int) $value;
};
// The site-format time of a day's first or last second, as an info-block filter takes it.
$letopisSiteTime = static function (string $day, bool $end): string {
    [$year, $month, $date] = array_map('intval', explode('-', $day));
    return ConvertTimeStamp(mktime($end ? 23 : 0, $end ? 59 : 0, $end ? 59 : 0, $month, $date, $year), 'FULL');
};

$from = $letopisDay('from');
$to = $letopisDay('to');
if ($from !== null && $to !== null && $from > $to) {
    $letopisFail('to', 'expected a day on or after from');
}
$page = $letopisNumber('PAGEN_1', 1, 999999999);
$size = $letopisNumber('SIZEN_1', 20, $letopisMaxPageSize);
$id = $letopisNumber('ID', 0, 999999999);

// ACTIVE_FROM and the range in the server's time, whatever zone a visitor's
// cookie names: that zone is the time-zone of <letopis-source> (snippet.php).
CTimeZone::Disable();

$filter = [];
if ($id > 0) {
    $filter['ID'] = $id;
}
if ($from !== null) {
    $filter['>=DATE_ACTIVE_FROM'] = $letopisSiteTime($from, false);
}
if ($to !== null) {
    $filter['<=DATE_ACTIVE_FROM'] = $letopisSiteTime($to, true);
}
$GLOBALS['letopisFilter'] = $filter;

$letopisHead(200);
$APPLICATION->IncludeComponent(
    'bitrix:news.list',
    'letopis',
    [
        'IBLOCK_TYPE' => $letopisIblockType,
        'IBLOCK_ID' => $letopisIblockId,
        'FILTER_NAME' => 'letopisFilter',
        'NEWS_COUNT' => $size,
        // The page asked for: the template answers a page past the last with no news.
        'LETOPIS_PAGE' => $page,
        // Newest first; the id orders news of the same second, so no item moves between pages.
        'SORT_BY1' => 'ACTIVE_FROM',
        'SORT_ORDER1' => 'DESC',
        'SORT_BY2' => 'ID',
        'SORT_ORDER2' => 'DESC',
        'CHECK_DATES' => 'Y',
        'FIELD_CODE' => ['SHOW_COUNTER', 'DETAIL_TEXT', 'DETAIL_PICTURE'],
        'PROPERTY_CODE' => [],
        'PREVIEW_TRUNCATE_LEN' => '',
        'DETAIL_URL' => '',
        'INCLUDE_SUBSECTIONS' => 'Y',
        // news.list pages by PAGEN_1 and SIZEN_1 only when a pager is on (it is not printed).
        'DISPLAY_TOP_PAGER' => 'N',
        'DISPLAY_BOTTOM_PAGER' => 'Y',
        'PAGER_SHOW_ALL' => 'N',
        'PAGER_DESC_NUMBERING' => 'N',
        'SET_TITLE' => 'N',
        'SET_BROWSER_TITLE' => 'N',
        'SET_META_KEYWORDS' => 'N',
        'SET_META_DESCRIPTION' => 'N',
        'SET_LAST_MODIFIED' => 'N',
        'SET_STATUS_404' => 'N',
        'INCLUDE_IBLOCK_INTO_CHAIN' => 'N',
        'ADD_SECTIONS_CHAIN' => 'N',
        // One cached answer per range and page; news.list clears it when an element changes.
        'CACHE_TYPE' => 'A',
        'CACHE_TIME' => 36000000,
        'CACHE_FILTER' => 'Y',
        'CACHE_GROUPS' => 'Y',
    ],
    false,
    ['HIDE_ICONS' => 'Y']
);
die();
