<?php
if (!defined('B_PROLOG_INCLUDED') || B_PROLOG_INCLUDED !== true) {
    die();
}
/**
 * letopis: prints the page of news result_modifier.php prepared, as JSON:
 * {"result": {"news": [...], "total": N, "pages": P}}.
 *
 * Only the JSON: news.list caches this output and prints it again without
 * running this file, so the page that includes the component (api/news.php)
 * sends the Content-Type header and clears the buffer, not the template.
 * `<`, `>` are written as \u003C, \u003E, so no text can close a <script>
 * the answer is embedded in; bytes that are not UTF-8 become U+FFFD.
 *
 * @var array $arResult
 */
echo json_encode(
    $arResult['LETOPIS'],
    JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_HEX_TAG | JSON_INVALID_UTF8_SUBSTITUTE | JSON_THROW_ON_ERROR
);
