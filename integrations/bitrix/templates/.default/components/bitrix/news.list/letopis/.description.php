<?php
if (!defined('B_PROLOG_INCLUDED') || B_PROLOG_INCLUDED !== true) {
    die();
}

use Bitrix\Main\Localization\Loc;

Loc::loadMessages(__FILE__);

$arTemplateDescription = [
    'NAME' => Loc::getMessage('LETOPIS_NEWS_LIST_NAME'),
    'DESCRIPTION' => Loc::getMessage('LETOPIS_NEWS_LIST_DESCRIPTION'),
];
