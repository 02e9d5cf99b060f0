<?php
if (!defined('B_PROLOG_INCLUDED') || B_PROLOG_INCLUDED !== true) {
    die();
}
/**
 * letopis: the news.list result in the shape the `bitrix` preset reads, kept
 * in $arResult['LETOPIS'] for template.php to print. Runs inside the
 * component's cache, like the template, so the section query below is made
 * once per cached page.
 *
 * Each field is written in the form the preset reads exactly:
 * - NAME, PREVIEW_TEXT, SECTION_NAME as HTML, as the site's own news list
 *   prints them (GetNext has escaped plain text): the preset takes their text,
 *   decoding entities once, so `"`, `&` and `</script>` in a title come back as
 *   written;
 * - DETAIL_TEXT as written, with its DETAIL_TEXT_TYPE: `text` is shown as
 *   text, `html` is sanitised;
 * - the picture's ALT as plain text, which is how the preset reads it;
 * - ACTIVE_FROM in the site's format (`DD.MM.YYYY HH:MI:SS`, or `DD.MM.YYYY`
 *   at midnight), site time: the preset places it by the source's `time-zone`.
 *
 * @var array $arParams
 * @var array $arResult
 */

$charset = defined('BX_UTF') && BX_UTF === true ? 'UTF-8' : (defined('SITE_CHARSET') ? SITE_CHARSET : 'UTF-8');

// The value as stored (`~KEY`, what GetNext keeps unescaped), else the one given.
$raw = static function (array $item, string $key) {
    return array_key_exists('~' . $key, $item) ? $item['~' . $key] : ($item[$key] ?? null);
};
$html = static function (string $text) use ($charset): string {
    return htmlspecialchars($text, ENT_QUOTES | ENT_SUBSTITUTE, $charset);
};
$count = static function ($value): ?int {
    return is_numeric($value) && $value >= 0 ? (int) $value : null;
};

// Section names: news.list gives each item its IBLOCK_SECTION_ID only.
$sectionIds = [];
foreach ($arResult['ITEMS'] ?? [] as $item) {
    if ((int) ($item['IBLOCK_SECTION_ID'] ?? 0) > 0) {
        $sectionIds[(int) $item['IBLOCK_SECTION_ID']] = true;
    }
}
$sections = [];
if ($sectionIds) {
    $found = CIBlockSection::GetList(
        [],
        ['IBLOCK_ID' => $arParams['IBLOCK_ID'], 'ID' => array_keys($sectionIds)],
        false,
        ['ID', 'NAME']
    );
    while ($section = $found->Fetch()) {
        $sections[(int) $section['ID']] = (string) $section['NAME'];
    }
}

// news.list answers a page past the last with the last page again: that page is empty here.
$nav = $arResult['NAV_RESULT'] ?? null;
$asked = max((int) ($arParams['LETOPIS_PAGE'] ?? 1), 1);
$pastEnd = is_object($nav) && $asked > (int) $nav->NavPageNomer;

$news = [];
foreach ($pastEnd ? [] : ($arResult['ITEMS'] ?? []) as $item) {
    $picture = null;
    foreach (['PREVIEW_PICTURE', 'DETAIL_PICTURE'] as $key) {
        $file = $item[$key] ?? null;
        if (is_array($file) && (string) ($file['SRC'] ?? '') !== '') {
            // Bitrix fills ALT from the element's escaped NAME when the SEO alt is empty.
            $alt = html_entity_decode((string) ($file['ALT'] ?? ''), ENT_QUOTES | ENT_HTML5, $charset);
            $picture = ['SRC' => (string) $file['SRC'], 'ALT' => $alt];
            break;
        }
    }
    $sectionId = (int) ($item['IBLOCK_SECTION_ID'] ?? 0);
    $detailType = strtolower((string) ($raw($item, 'DETAIL_TEXT_TYPE') ?? 'text')) === 'html' ? 'html' : 'text';
    $news[] = [
        'ID' => (string) $item['ID'],
        'NAME' => (string) $item['NAME'],
        'ACTIVE_FROM' => (string) ($item['ACTIVE_FROM'] ?? ''),
        'PREVIEW_TEXT' => (string) ($item['PREVIEW_TEXT'] ?? ''),
        'PREVIEW_TEXT_TYPE' => 'html',
        'DETAIL_TEXT' => (string) ($raw($item, 'DETAIL_TEXT') ?? ''),
        'DETAIL_TEXT_TYPE' => $detailType,
        'SHOW_COUNTER' => $count($item['SHOW_COUNTER'] ?? null),
        'DETAIL_PAGE_URL' => (string) ($raw($item, 'DETAIL_PAGE_URL') ?? ''),
        'SECTION_NAME' => isset($sections[$sectionId]) ? $html($sections[$sectionId]) : null,
        'PREVIEW_PICTURE' => $picture,
    ];
}

$letopis = [
    'news' => $news,
    'total' => is_object($nav) ? (int) $nav->NavRecordCount : count($news),
    'pages' => is_object($nav) ? (int) $nav->NavPageCount : 1,
];

// JSON is UTF-8: a site in windows-1251 is converted here.
if ($charset !== 'UTF-8') {
    array_walk_recursive($letopis, static function (&$value) use ($charset) {
        if (is_string($value)) {
            $value = mb_convert_encoding($value, 'UTF-8', $charset);
        }
    });
}

$arResult['LETOPIS'] = ['result' => $letopis];
